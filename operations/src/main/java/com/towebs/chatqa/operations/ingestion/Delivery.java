package com.towebs.chatqa.operations.ingestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a source hands its records to during a pull. */
public interface Delivery {

    /**
     * Stores the records in one transaction (redacted; unreadable ones quarantined) and moves the source's
     * watermark to {@code watermarkAfter} (null keeps it), and returns what became of each record.
     */
    List<RecordOutcome> deliver(List<SourceRecord> records, String watermarkAfter);

    /**
     * Redacts a readable record ahead of {@link #deliver}, on the calling thread: a source that fetches records on
     * several threads calls it there, so redaction runs beside the storing of the step before. Other records come
     * back as they are; {@code deliver} redacts whatever was not prepared.
     */
    SourceRecord prepare(SourceRecord record);

    /**
     * The change markers the source gave for these chats when they were last stored (chats never stored are
     * absent): an equal marker means nothing new to fetch.
     */
    Map<String, String> knownChangeKeys(Collection<String> externalIds);

    /** Counts a retried call on the run (the reason goes to the log, never message text). */
    void retried(String reason);
}
