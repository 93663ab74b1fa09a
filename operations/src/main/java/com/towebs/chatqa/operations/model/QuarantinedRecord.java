package com.towebs.chatqa.operations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A record a source delivered that could not be stored as a chat, kept (redacted) with the reason so nothing is
 * lost: it can be fixed at the source and retried.
 */
@Entity
@Table(name = "quarantined_record")
public class QuarantinedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarantined_record_seq")
    @SequenceGenerator(name = "quarantined_record_seq", sequenceName = "quarantined_record_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "run_id")
    private Long runId;

    /** Where the record came from: a file and record number, a ticket id, a push request. */
    private String reference;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuarantineState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected QuarantinedRecord() {}

    public QuarantinedRecord(
            String source, Long runId, String reference, String reason, String redactedPayload, Instant receivedAt) {
        this.source = source;
        this.runId = runId;
        this.reference = reference;
        this.reason = truncated(reason);
        this.payload = redactedPayload;
        this.receivedAt = receivedAt;
        this.state = QuarantineState.QUARANTINED;
        this.attempts = 1;
    }

    /** A retry stored the record as a chat: it leaves quarantine. */
    public void release(Instant at) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.state = QuarantineState.RELEASED;
    }

    /** A retry could not read the record either: it stays, with the new reason. */
    public void stillUnreadable(String reason, Instant at) {
        this.attempts++;
        this.lastAttemptAt = at;
        if (reason != null) {
            this.reason = truncated(reason);
        }
    }

    private static String truncated(String reason) {
        return reason.length() <= IngestionRun.MAX_FAILURE_LENGTH
                ? reason
                : reason.substring(0, IngestionRun.MAX_FAILURE_LENGTH);
    }

    public void discard() {
        this.state = QuarantineState.DISCARDED;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public Long getRunId() {
        return runId;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public String getPayload() {
        return payload;
    }

    public QuarantineState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
