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
 * A row of the outbox: a chat's evaluation changed, written in the transaction of the change. Reporting consumes
 * these rows (through the read model view {@code rm_evaluation_change}) to load its warehouse; they never change.
 */
@Entity
@Table(name = "evaluation_change")
public class EvaluationChange {

    /** What changed the evaluation. */
    public enum Kind {
        /** A new chat's first grading. */
        GRADED,
        /** The chat changed or the rubric did, and the chat was graded again. */
        REGRADED,
        /** A manager replaced a verdict. */
        OVERRIDDEN,
        /** A manager decided a dispute of a verdict. */
        DISPUTE_DECIDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_change_seq")
    @SequenceGenerator(name = "evaluation_change_seq", sequenceName = "evaluation_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "chat_id", nullable = false)
    private long chatId;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private Kind kind;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EvaluationChange() {}

    /** @param current the chat's current evaluation after the change (persisted: its id is known) */
    public EvaluationChange(StoredEvaluation current, Kind kind, Instant recordedAt) {
        this.chatId = current.getChat().getId();
        this.evaluationId = current.getId();
        this.kind = kind;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getChatId() {
        return chatId;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
