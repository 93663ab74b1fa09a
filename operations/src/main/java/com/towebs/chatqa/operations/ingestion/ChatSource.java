package com.towebs.chatqa.operations.ingestion;

/**
 * Where chats come from (the panel, a drop folder). A source delivers what changed after a watermark, in
 * watermark order, in steps small enough to commit one at a time: a crash or a failure part-way keeps every
 * step delivered before it, and the next pull starts from the last step's watermark.
 */
public interface ChatSource {

    /** The source's name, stored with each chat ({@code whmcs}, {@code drop-folder}). */
    String name();

    /**
     * Delivers everything after {@code watermark} (null: from the beginning).
     *
     * @throws SourceFailure when the source cannot go on (after its own retries); what was delivered stays
     */
    void pull(String watermark, Delivery delivery) throws SourceFailure;

    /**
     * A record of this source kept in quarantine (its redacted payload) read again, once the source or the product was
     * fixed. Transcript v1 unless the source keeps records in a format of its own.
     */
    default SourceRecord reread(String reference, String payload) {
        return TranscriptRecords.reread(reference, payload);
    }
}
