package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's dispute of one verdict of an evaluation of their chat, and its decision once a manager took it. */
@Entity
@Table(name = "dispute")
public class Dispute {

    /** Where a dispute stands. */
    public enum State {
        OPEN,
        UPHELD,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_seq")
    @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false)
    private StoredEvaluation evaluation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id", nullable = false)
    private StoredChat chat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionId criterion;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @Column(nullable = false)
    private String comment;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column
    private String decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Dispute() {}

    public Dispute(
            StoredEvaluation evaluation, CriterionId criterion, String agentId, String comment, Instant openedAt) {
        this.evaluation = evaluation;
        this.chat = evaluation.getChat();
        this.criterion = criterion;
        this.agentId = agentId;
        this.comment = comment;
        this.openedAt = openedAt;
        this.state = State.OPEN;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** A manager's decision; a dispute is decided once. */
    public void decide(boolean upheld, String by, String decision, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("dispute " + id + " was already decided");
        }
        this.state = upheld ? State.UPHELD : State.REJECTED;
        this.decidedBy = by;
        this.decision = decision;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public StoredEvaluation getEvaluation() {
        return evaluation;
    }

    public StoredChat getChat() {
        return chat;
    }

    public CriterionId getCriterion() {
        return criterion;
    }

    public String getAgentId() {
        return agentId;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public State getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
