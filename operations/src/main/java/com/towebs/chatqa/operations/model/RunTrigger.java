package com.towebs.chatqa.operations.model;

/** What started an ingestion run. */
public enum RunTrigger {
    TIMER,
    MANUAL,
    PUSH,
    DROP_FOLDER
}
