package com.towebs.chatqa.operations.ingestion;

/** A source could not go on with a pull; the message says why for the run record (never message text). */
public class SourceFailure extends Exception {

    public SourceFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceFailure(String message) {
        super(message);
    }
}
