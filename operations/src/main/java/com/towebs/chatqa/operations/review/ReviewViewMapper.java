package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.model.Dispute;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.model.StoredMessage;
import com.towebs.chatqa.operations.model.VerdictOverride;
import com.towebs.chatqa.operations.repository.EvaluationRepository.CurrentRow;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationView;
import com.towebs.chatqa.operations.review.ReviewViews.EvidenceView;
import com.towebs.chatqa.operations.review.ReviewViews.MessageView;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import com.towebs.chatqa.operations.review.ReviewViews.ProfileView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Entities into the records the portal and the API show ({@link ReviewViews}): views never see an entity. */
final class ReviewViewMapper {

    private ReviewViewMapper() {}

    static EvaluationSummary summary(CurrentRow row) {
        return new EvaluationSummary(
                row.evaluationId(),
                row.chatId(),
                row.chatRef(),
                row.agentId(),
                row.agentName(),
                row.teamId(),
                row.startedAt(),
                row.chatStatus().wireName(),
                row.score(),
                row.criticalFailure(),
                row.rubricVersion(),
                row.reason() == EvaluationReason.MANUAL,
                row.openDisputes());
    }

    /** @param newestFirst every evaluation of the chat; @param overrides its overrides, oldest first */
    static ChatReview review(
            StoredChat chat,
            List<StoredEvaluation> newestFirst,
            List<Dispute> disputes,
            List<VerdictOverride> overrides) {
        List<MessageView> messages = new ArrayList<>();
        List<StoredMessage> stored = chat.getMessages();
        for (int i = 0; i < stored.size(); i++) {
            StoredMessage message = stored.get(i);
            messages.add(
                    new MessageView(i, message.getSentAt(), message.getSpeaker().wireName(), message.getBody()));
        }
        Map<CriterionId, Verdict> automatic = automaticVerdicts(newestFirst, overrides);
        EvaluationView current = newestFirst.stream()
                .filter(StoredEvaluation::isCurrent)
                .findFirst()
                .map(e -> view(e, automatic))
                .orElse(null);
        List<EvaluationView> history = newestFirst.stream()
                .filter(e -> !e.isCurrent())
                .map(e -> view(e, Map.of()))
                .toList();
        return new ChatReview(
                chat.getId(),
                chat.getExternalId(),
                chat.getSource(),
                chat.getAgent().getId(),
                chat.agentName(),
                chat.teamId(),
                chat.getCustomerName(),
                chat.getStartedAt(),
                chat.getStatus().wireName(),
                chat.isCredentialsRequested(),
                chat.isCredentialsSupplied(),
                messages,
                current,
                history,
                disputes.stream().map(ReviewViewMapper::view).toList(),
                overrides.stream().map(ReviewViewMapper::view).toList());
    }

    /**
     * The engine's verdict of each criterion a manager overrode since the chat was last graded automatically
     * (a later automatic grading starts afresh).
     */
    private static Map<CriterionId, Verdict> automaticVerdicts(
            List<StoredEvaluation> newestFirst, List<VerdictOverride> overrides) {
        long lastAutomatic = newestFirst.stream()
                .filter(e -> e.getReason() != EvaluationReason.MANUAL)
                .mapToLong(StoredEvaluation::getId)
                .max()
                .orElse(Long.MIN_VALUE);
        Map<CriterionId, Verdict> automatic = new EnumMap<>(CriterionId.class);
        for (VerdictOverride override : overrides) {
            if (override.getEvaluation().getId() >= lastAutomatic) {
                automatic.putIfAbsent(override.getCriterion(), override.getFromVerdict());
            }
        }
        return automatic;
    }

    private static EvaluationView view(StoredEvaluation evaluation, Map<CriterionId, Verdict> automatic) {
        List<CriterionView> criteria = evaluation.getCriteria().stream()
                .map(result -> {
                    Verdict engine = automatic.get(result.getCriterion());
                    return new CriterionView(
                            result.getCriterion().name(),
                            result.getVerdict().name(),
                            result.getNote(),
                            result.getEvidence().stream()
                                    .map(e -> new EvidenceView(e.message(), e.quote()))
                                    .toList(),
                            engine == null || engine == result.getVerdict() ? null : engine.name());
                })
                .toList();
        List<ProfileView> profile = evaluation.getCustomerProfile().stream()
                .map(stored -> stored.toFinding())
                .map(f -> new ProfileView(f.type().name(), f.handling().name(), f.note()))
                .toList();
        return new EvaluationView(
                evaluation.getId(),
                evaluation.getRubricVersion(),
                evaluation.getScore(),
                evaluation.getScoreBeforeCap(),
                evaluation.isCriticalFailure(),
                evaluation.getReason().name(),
                evaluation.getEvaluatedAt(),
                evaluation.isCurrent(),
                criteria,
                profile);
    }

    static DisputeView view(Dispute dispute) {
        StoredChat chat = dispute.getChat();
        return new DisputeView(
                dispute.getId(),
                dispute.getEvaluation().getId(),
                chat.getId(),
                chat.getExternalId(),
                chat.teamId(),
                dispute.getCriterion().name(),
                dispute.getAgentId(),
                dispute.getComment(),
                dispute.getOpenedAt(),
                dispute.getState().name(),
                dispute.getDecidedBy(),
                dispute.getDecision(),
                dispute.getDecidedAt());
    }

    static OverrideView view(VerdictOverride override) {
        return new OverrideView(
                override.getId(),
                override.getEvaluation().getId(),
                override.getCriterion().name(),
                override.getFromVerdict().name(),
                override.getToVerdict().name(),
                override.getReason(),
                override.getOverriddenBy(),
                override.getOverriddenAt(),
                override.getScoreBefore(),
                override.getScoreAfter());
    }
}
