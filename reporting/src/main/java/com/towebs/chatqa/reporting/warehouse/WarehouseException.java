package com.towebs.chatqa.reporting.warehouse;

/** The warehouse could not be read or loaded (a database error). */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
