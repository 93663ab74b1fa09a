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

/** One pass over a source: what it received and what became of it, and why it failed if it did. */
@Entity
@Table(name = "ingestion_run")
public class IngestionRun {

    static final int MAX_FAILURE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingestion_run_seq")
    @SequenceGenerator(name = "ingestion_run_seq", sequenceName = "ingestion_run_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private RunTrigger trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunOutcome outcome;

    @Column(name = "watermark_from")
    private String watermarkFrom;

    @Column(name = "watermark_to")
    private String watermarkTo;

    private int received;
    private int accepted;
    private int updated;
    private int unchanged;
    private int rejected;
    private int retries;

    private String failure;

    protected IngestionRun() {}

    public IngestionRun(String source, RunTrigger trigger, String watermarkFrom, Instant startedAt) {
        this.source = source;
        this.trigger = trigger;
        this.watermarkFrom = watermarkFrom;
        this.watermarkTo = watermarkFrom;
        this.startedAt = startedAt;
        this.outcome = RunOutcome.RUNNING;
    }

    /** Adds the counts of one committed step and moves the run's watermark with it (null: no watermark). */
    public void recordStep(RunCounts counts, String watermark) {
        received += counts.received();
        accepted += counts.accepted();
        updated += counts.updated();
        unchanged += counts.unchanged();
        rejected += counts.rejected();
        retries += counts.retries();
        if (watermark != null) {
            watermarkTo = watermark;
        }
    }

    /** The source answered after a retry (counted as it happens, not with the step). */
    public void recordRetry() {
        retries++;
    }

    /** The node running this run died: its lease expired, so the run is over. */
    public void interrupted(Instant at) {
        finish(RunOutcome.FAILED, "interrupted: the server stopped during the run", at);
    }

    public void finish(RunOutcome outcome, String failure, Instant finishedAt) {
        this.outcome = outcome;
        this.failure = failure == null || failure.length() <= MAX_FAILURE_LENGTH
                ? failure
                : failure.substring(0, MAX_FAILURE_LENGTH);
        this.finishedAt = finishedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public RunTrigger getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public RunOutcome getOutcome() {
        return outcome;
    }

    public String getWatermarkFrom() {
        return watermarkFrom;
    }

    public String getWatermarkTo() {
        return watermarkTo;
    }

    public RunCounts getCounts() {
        return new RunCounts(received, accepted, updated, unchanged, rejected, retries);
    }

    public String getFailure() {
        return failure;
    }
}
