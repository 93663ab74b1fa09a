package com.towebs.chatqa.ingestion.persistence;

/** What started an ingestion run. */
public enum RunTrigger {
    TIMER,
    MANUAL,
    PUSH,
    DROP_FOLDER
}
