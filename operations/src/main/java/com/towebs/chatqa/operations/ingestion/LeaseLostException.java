package com.towebs.chatqa.operations.ingestion;

/** This node's lease on a source expired and another run took it: the step in flight is rolled back. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String source) {
        super("the lease on " + source + " expired and another run took the source");
    }
}
