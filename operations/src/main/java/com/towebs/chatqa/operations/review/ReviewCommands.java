package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.model.Dispute;
import com.towebs.chatqa.operations.model.EvaluationChange;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.model.VerdictOverride;
import com.towebs.chatqa.operations.repository.EvaluationRepository;
import com.towebs.chatqa.operations.repository.ReviewTrailRepository;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes people make to evaluations, on an EntityManager inside the caller's transaction (the EJBs
 * {@link Overrides} and {@link Disputes} give them one): a manager overrides a verdict, an agent disputes one, a
 * manager decides the dispute. Every change checks the viewer first.
 */
public final class ReviewCommands {

    static final int MAX_TEXT = 2000;

    private final Function<String, Optional<Rubric>> rubrics;
    private final Clock clock;

    /** @param rubrics the rubric of each version, to recompute scores under the rubric an evaluation was made with */
    public ReviewCommands(Function<String, Optional<Rubric>> rubrics, Clock clock) {
        this.rubrics = rubrics;
        this.clock = clock;
    }

    /** A manager of the chat's team (or a QA admin) replaces one verdict of the current evaluation. */
    public OverrideView override(
            EntityManager em, Viewer viewer, long evaluationId, CriterionId criterion, Verdict verdict, String reason) {
        StoredEvaluation evaluation = new EvaluationRepository(em)
                .find(evaluationId)
                .orElseThrow(() -> new NoSuchChat("no evaluation " + evaluationId));
        viewer.requireManages(evaluation.getChat().teamId());
        return ReviewViewMapper.view(override(em, viewer, evaluation, criterion, verdict, reason));
    }

    private VerdictOverride override(
            EntityManager em,
            Viewer viewer,
            StoredEvaluation evaluation,
            CriterionId criterion,
            Verdict verdict,
            String reason) {
        requireCurrent(evaluation);
        String why = requiredText(reason, "the reason");
        Verdict before = evaluation
                .verdictOf(criterion)
                .orElseThrow(() -> new ReviewRejected("the evaluation has no criterion " + criterion));
        if (before == verdict) {
            throw new ReviewRejected(criterion + " is already " + verdict);
        }
        Rubric rubric = rubrics.apply(evaluation.getRubricVersion())
                .orElseThrow(() -> new IllegalStateException("rubric " + evaluation.getRubricVersion()
                        + " of evaluation " + evaluation.getId() + " is unknown"));
        Instant now = clock.instant();
        StoredEvaluation revision = evaluation.withVerdict(criterion, verdict, rubric, now);
        new EvaluationRepository(em).replace(evaluation, revision);
        VerdictOverride record =
                new VerdictOverride(evaluation, revision, criterion, before, verdict, why, viewer.username(), now);
        new ReviewTrailRepository(em).add(record);
        em.flush();
        return record;
    }

    /** The chat's own agent disputes a verdict of its current evaluation. */
    public DisputeView openDispute(
            EntityManager em, Viewer viewer, long evaluationId, CriterionId criterion, String comment) {
        StoredEvaluation evaluation = new EvaluationRepository(em)
                .find(evaluationId)
                .orElseThrow(() -> new NoSuchChat("no evaluation " + evaluationId));
        StoredChat chat = evaluation.getChat();
        if (!viewer.isOwn(chat.getAgent().getId())) {
            throw new AccessDenied(viewer.username() + " may only dispute evaluations of their own chats");
        }
        requireCurrent(evaluation);
        if (evaluation.verdictOf(criterion).isEmpty()) {
            throw new ReviewRejected("the evaluation has no criterion " + criterion);
        }
        String text = requiredText(comment, "the comment");
        ReviewTrailRepository trail = new ReviewTrailRepository(em);
        if (trail.hasOpen(chat, criterion)) {
            throw new ReviewRejected("there is already an open dispute of " + criterion + " in this chat");
        }
        Dispute dispute = new Dispute(evaluation, criterion, chat.getAgent().getId(), text, clock.instant());
        trail.add(dispute);
        em.flush();
        return ReviewViewMapper.view(dispute);
    }

    /** A manager of the chat's team decides; upholding with a verdict also overrides it, the decision as reason. */
    public DisputeView decide(
            EntityManager em, Viewer viewer, long disputeId, boolean upheld, String decision, Verdict newVerdict) {
        Dispute dispute = new ReviewTrailRepository(em)
                .find(disputeId)
                .orElseThrow(() -> new NoSuchChat("no dispute " + disputeId));
        StoredChat chat = dispute.getChat();
        viewer.requireManages(chat.teamId());
        if (!dispute.isOpen()) {
            throw new ReviewRejected("dispute " + disputeId + " was already decided");
        }
        String text = requiredText(decision, "the decision");
        EvaluationRepository evaluations = new EvaluationRepository(em);
        Optional<StoredEvaluation> current = evaluations.currentOf(chat);
        if (upheld && newVerdict != null) {
            StoredEvaluation overridden =
                    current.orElseThrow(() -> new ReviewRejected("the chat has no current evaluation"));
            current = Optional.of(override(em, viewer, overridden, dispute.getCriterion(), newVerdict, text)
                    .getNewEvaluation());
        }
        Instant now = clock.instant();
        dispute.decide(upheld, viewer.username(), text, now);
        current.ifPresent(
                evaluation -> evaluations.recordChange(evaluation, EvaluationChange.Kind.DISPUTE_DECIDED, now));
        em.flush();
        return ReviewViewMapper.view(dispute);
    }

    private static void requireCurrent(StoredEvaluation evaluation) {
        if (!evaluation.isCurrent()) {
            throw new ReviewRejected("evaluation " + evaluation.getId() + " is no longer current: reload the chat");
        }
    }

    private static String requiredText(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ReviewRejected(what + " is required");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new ReviewRejected(what + " is longer than " + MAX_TEXT + " characters");
        }
        return trimmed;
    }
}
