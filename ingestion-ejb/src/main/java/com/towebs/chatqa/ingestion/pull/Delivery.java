package com.towebs.chatqa.ingestion.pull;

import java.util.List;
import java.util.Optional;

/** What a source hands its records to during a pull. */
public interface Delivery {

    /**
     * Stores the records in one transaction (redacted; unreadable ones quarantined) and moves the source's
     * watermark to {@code watermarkAfter} (null keeps it), and returns what became of each record.
     */
    List<RecordOutcome> deliver(List<SourceRecord> records, String watermarkAfter);

    /** The change marker the source gave for a chat when it was last stored: equal means nothing new to fetch. */
    Optional<String> knownChangeKey(String externalId);

    /** Counts a retried call on the run (the reason goes to the log, never message text). */
    void retried(String reason);
}
