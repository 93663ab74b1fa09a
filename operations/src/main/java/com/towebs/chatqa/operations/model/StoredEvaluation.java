package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.scoring.Score;
import com.towebs.chatqa.evaluation.scoring.ScoreCalculator;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One grading of one chat, never changed afterwards: a chat graded again (it grew, or the rubric changed) gets
 * a new row and the previous one stops being current.
 */
@Entity
@Table(name = "evaluation")
public class StoredEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
    @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id", nullable = false)
    private StoredChat chat;

    @Column(name = "rubric_version", nullable = false)
    private String rubricVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "chat_status", nullable = false)
    private ChatStatus chatStatus;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private double score;

    @Column(name = "score_before_cap", nullable = false)
    private double scoreBeforeCap;

    @Column(name = "critical_failure", nullable = false)
    private boolean criticalFailure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationReason reason;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "criterion_result", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<StoredCriterionResult> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "profile_finding", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<StoredProfileFinding> customerProfile = new ArrayList<>();

    protected StoredEvaluation() {}

    public StoredEvaluation(StoredChat chat, Evaluation evaluation, EvaluationReason reason, Instant evaluatedAt) {
        this.chat = chat;
        this.rubricVersion = evaluation.rubricVersion();
        this.chatStatus = chat.getStatus();
        this.messageCount = chat.getMessageCount();
        this.contentHash = chat.getContentHash();
        this.score = evaluation.score();
        this.scoreBeforeCap = evaluation.scoreBeforeCap();
        this.criticalFailure = evaluation.criticalFailure();
        this.reason = reason;
        this.evaluatedAt = evaluatedAt;
        this.current = true;
        for (CriterionResult result : evaluation.criteria()) {
            criteria.add(new StoredCriterionResult(result));
        }
        for (ProfileFinding finding : evaluation.customerProfile()) {
            customerProfile.add(new StoredProfileFinding(finding));
        }
    }

    /** The verdict this evaluation gave the criterion, if the rubric it was made with has it. */
    public Optional<Verdict> verdictOf(CriterionId criterion) {
        return criteria.stream()
                .filter(result -> result.getCriterion() == criterion)
                .map(StoredCriterionResult::getVerdict)
                .findFirst();
    }

    /**
     * A person's correction of one verdict (reason MANUAL): the same chat state, evidence and customer profile, the
     * score recomputed under {@code rubric} (the one this evaluation was made with). The caller supersedes this one.
     */
    public StoredEvaluation withVerdict(CriterionId criterion, Verdict verdict, Rubric rubric, Instant at) {
        if (!rubric.version().equals(rubricVersion)) {
            throw new IllegalArgumentException(
                    "evaluation " + id + " was made with " + rubricVersion + ", not " + rubric.version());
        }
        List<CriterionResult> results = criteria.stream()
                .map(stored -> {
                    CriterionResult result = stored.toResult();
                    return result.criterion() == criterion
                            ? new CriterionResult(criterion, verdict, result.evidence(), result.note())
                            : result;
                })
                .toList();
        Score score = ScoreCalculator.score(rubric, chatStatus == ChatStatus.OPEN, results);
        return revised(results, score, EvaluationReason.MANUAL, at);
    }

    private StoredEvaluation revised(
            List<CriterionResult> results, Score revisedScore, EvaluationReason why, Instant at) {
        StoredEvaluation revision = new StoredEvaluation();
        revision.chat = chat;
        revision.rubricVersion = rubricVersion;
        revision.chatStatus = chatStatus;
        revision.messageCount = messageCount;
        revision.contentHash = contentHash;
        revision.score = revisedScore.score();
        revision.scoreBeforeCap = revisedScore.scoreBeforeCap();
        revision.criticalFailure = revisedScore.criticalFailure();
        revision.reason = why;
        revision.evaluatedAt = at;
        revision.current = true;
        results.forEach(result -> revision.criteria.add(new StoredCriterionResult(result)));
        customerProfile.forEach(finding -> revision.customerProfile.add(new StoredProfileFinding(finding.toFinding())));
        return revision;
    }

    /** A newer evaluation of the same chat replaces this one as current; this one stays as history. */
    public void supersede() {
        this.current = false;
    }

    public Long getId() {
        return id;
    }

    public StoredChat getChat() {
        return chat;
    }

    public String getRubricVersion() {
        return rubricVersion;
    }

    public ChatStatus getChatStatus() {
        return chatStatus;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public String getContentHash() {
        return contentHash;
    }

    public double getScore() {
        return score;
    }

    public double getScoreBeforeCap() {
        return scoreBeforeCap;
    }

    public boolean isCriticalFailure() {
        return criticalFailure;
    }

    public EvaluationReason getReason() {
        return reason;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public boolean isCurrent() {
        return current;
    }

    public List<StoredCriterionResult> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<StoredProfileFinding> getCustomerProfile() {
        return List.copyOf(customerProfile);
    }
}
