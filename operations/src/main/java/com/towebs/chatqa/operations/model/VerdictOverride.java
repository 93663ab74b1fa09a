package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.Verdict;
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

/**
 * The audit record of a manager's change of one verdict: the evaluation changed, the one it produced, who, when,
 * why, and the score before and after.
 */
@Entity
@Table(name = "verdict_override")
public class VerdictOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verdict_override_seq")
    @SequenceGenerator(name = "verdict_override_seq", sequenceName = "verdict_override_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id", nullable = false)
    private StoredChat chat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false)
    private StoredEvaluation evaluation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "new_evaluation_id", nullable = false)
    private StoredEvaluation newEvaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionId criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_verdict", nullable = false)
    private Verdict fromVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_verdict", nullable = false)
    private Verdict toVerdict;

    @Column(nullable = false)
    private String reason;

    @Column(name = "overridden_by", nullable = false)
    private String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt;

    @Column(name = "score_before", nullable = false)
    private double scoreBefore;

    @Column(name = "score_after", nullable = false)
    private double scoreAfter;

    protected VerdictOverride() {}

    public VerdictOverride(
            StoredEvaluation evaluation,
            StoredEvaluation newEvaluation,
            CriterionId criterion,
            Verdict fromVerdict,
            Verdict toVerdict,
            String reason,
            String overriddenBy,
            Instant overriddenAt) {
        this.chat = evaluation.getChat();
        this.evaluation = evaluation;
        this.newEvaluation = newEvaluation;
        this.criterion = criterion;
        this.fromVerdict = fromVerdict;
        this.toVerdict = toVerdict;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
        this.scoreBefore = evaluation.getScore();
        this.scoreAfter = newEvaluation.getScore();
    }

    public Long getId() {
        return id;
    }

    public StoredChat getChat() {
        return chat;
    }

    public StoredEvaluation getEvaluation() {
        return evaluation;
    }

    public StoredEvaluation getNewEvaluation() {
        return newEvaluation;
    }

    public CriterionId getCriterion() {
        return criterion;
    }

    public Verdict getFromVerdict() {
        return fromVerdict;
    }

    public Verdict getToVerdict() {
        return toVerdict;
    }

    public String getReason() {
        return reason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public double getScoreBefore() {
        return scoreBefore;
    }

    public double getScoreAfter() {
        return scoreAfter;
    }
}
