package com.towebs.chatqa.operations.model;

/** How an ingestion run ended. */
public enum RunOutcome {
    RUNNING,
    /** Everything received was stored or quarantined. */
    SUCCEEDED,
    /** The source failed part-way (after retries); what came before is kept and the next run resumes. */
    FAILED
}
