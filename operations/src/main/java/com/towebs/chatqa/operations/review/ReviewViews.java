package com.towebs.chatqa.operations.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the portal and the API show of chats and evaluations: plain records, never entities. Message text is the
 * stored, redacted text; the pages escape it like any other text.
 */
public final class ReviewViews {

    private ReviewViews() {}

    /** Which evaluations to list; null fields do not filter. Dates are the chat's start, in the product's zone. */
    public record EvaluationFilter(
            LocalDate from, LocalDate to, String team, String agent, Double maxScore, boolean criticalOnly)
            implements Serializable {
        public static EvaluationFilter all() {
            return new EvaluationFilter(null, null, null, null, null, false);
        }
    }

    /** One row of an evaluation list: a chat's current evaluation. */
    public record EvaluationSummary(
            long evaluationId,
            long chatId,
            String chatRef,
            String agent,
            String agentName,
            String team,
            Instant startedAt,
            String chatStatus,
            double score,
            boolean criticalFailure,
            String rubricVersion,
            boolean overridden,
            int openDisputes)
            implements Serializable {}

    /** A chat as its page shows it: the redacted transcript, the current evaluation, its history and disputes. */
    public record ChatReview(
            long chatId,
            String chatRef,
            String source,
            String agent,
            String agentName,
            String team,
            String customerName,
            Instant startedAt,
            String chatStatus,
            boolean credentialsRequested,
            boolean credentialsSupplied,
            List<MessageView> messages,
            EvaluationView evaluation,
            List<EvaluationView> history,
            List<DisputeView> disputes,
            List<OverrideView> overrides)
            implements Serializable {}

    /** A message of the redacted transcript; {@code index} is what evidence refers to. */
    public record MessageView(int index, Instant at, String speaker, String text) implements Serializable {}

    /** An evaluation with its criterion results and customer profile. */
    public record EvaluationView(
            long id,
            String rubricVersion,
            double score,
            double scoreBeforeCap,
            boolean criticalFailure,
            String reason,
            Instant evaluatedAt,
            boolean current,
            List<CriterionView> criteria,
            List<ProfileView> profile)
            implements Serializable {}

    /**
     * A criterion's verdict and why. {@code automaticVerdict} is what the rubric engine said when a manager has
     * overridden it, else null.
     */
    public record CriterionView(
            String criterion, String verdict, String note, List<EvidenceView> evidence, String automaticVerdict)
            implements Serializable {}

    /** Words quoted from a message as evidence. */
    public record EvidenceView(int message, String quote) implements Serializable {}

    /** A customer type found in the chat and how the agent handled it. */
    public record ProfileView(String customerType, String handling, String note) implements Serializable {}

    /** An agent's dispute of a verdict and, once decided, the decision. */
    public record DisputeView(
            long id,
            long evaluationId,
            long chatId,
            String chatRef,
            String team,
            String criterion,
            String agent,
            String comment,
            Instant openedAt,
            String state,
            String decidedBy,
            String decision,
            Instant decidedAt)
            implements Serializable {}

    /** One override in the audit trail: who changed which verdict, when, why, and what it did to the score. */
    public record OverrideView(
            long id,
            long evaluationId,
            String criterion,
            String fromVerdict,
            String toVerdict,
            String reason,
            String by,
            Instant at,
            double scoreBefore,
            double scoreAfter)
            implements Serializable {}

    /** A team the viewer may read. */
    public record TeamView(String id, String name) implements Serializable {}

    /** An agent the viewer may read. */
    public record AgentView(String id, String name, String team) implements Serializable {}
}
