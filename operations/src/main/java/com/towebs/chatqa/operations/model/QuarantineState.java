package com.towebs.chatqa.operations.model;

/** Where a quarantined record stands. */
public enum QuarantineState {
    /** Could not be read; waiting for someone to look at it or retry it. */
    QUARANTINED,
    /** Retried and stored. */
    RELEASED,
    /** A person decided it is not a chat worth keeping. */
    DISCARDED
}
