package com.towebs.chatqa.reporting.warehouse;

import jakarta.ejb.ApplicationException;

/**
 * The warehouse could not be read or loaded (a database error). An application exception, so that callers of the
 * server's transactions get it as thrown rather than wrapped, and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
