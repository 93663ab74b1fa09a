package com.towebs.chatqa.operations.review;

import static com.towebs.chatqa.operations.review.ReviewFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How overrides and disputes change evaluations, and who may make them, on H2 and on PostgreSQL. */
class ReviewCommandsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOverrideRecomputesTheScoreKeepsTheAutomaticEvaluationAndLeavesAnAuditTrail(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long chat = chatId(tx, "h-1");
            ChatReview before = tx.inTransaction(em -> QUERIES.chat(em, HOSTING_MANAGER, chat));
            assertThat(verdict(before, "GREETING")).isEqualTo("MET");
            assertThat(before.evaluation().score()).isEqualTo(98.0);

            OverrideView override = tx.inTransaction(em -> COMMANDS.override(
                    em,
                    HOSTING_MANAGER,
                    before.evaluation().id(),
                    CriterionId.GREETING,
                    Verdict.NOT_MET,
                    "  No se presentó con su nombre completo.  "));

            assertThat(override.by()).isEqualTo("valeria.paz");
            assertThat(override.reason()).isEqualTo("No se presentó con su nombre completo.");
            assertThat(override.scoreBefore()).isEqualTo(98.0);
            ChatReview after = tx.inTransaction(em -> QUERIES.chat(em, LUCIA, chat));
            // the required criteria that count here are GREETING (3) and COURTESY (4), the bonus earned 18 points:
            // 80 x 4/7 + 18 = 63.7 instead of 80 + 18 = 98
            assertThat(after.evaluation().score())
                    .isEqualTo(override.scoreAfter())
                    .isEqualTo(63.7);
            assertThat(after.evaluation().reason()).isEqualTo("MANUAL");
            assertThat(verdict(after, "GREETING")).isEqualTo("NOT_MET");
            assertThat(after.evaluation().criteria())
                    .filteredOn(c -> c.criterion().equals("GREETING"))
                    .extracting(CriterionView::automaticVerdict)
                    .containsExactly("MET");
            assertThat(after.history())
                    .extracting(ReviewViews.EvaluationView::id)
                    .containsExactly(before.evaluation().id());
            assertThat(after.history().get(0).current()).isFalse();
            assertThat(after.overrides()).containsExactly(override);
            assertThat(changes(tx)).endsWith("OVERRIDDEN " + after.evaluation().id());
            assertThat(list(tx, em -> QUERIES.evaluations(em, HR, EvaluationFilter.all(), 0, 10)))
                    .filteredOn(e -> e.chatRef().equals("h-1"))
                    .extracting(EvaluationSummary::overridden)
                    .containsExactly(true);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAManagerOfTheChatsTeamOverridesAndOnlyTheCurrentEvaluation(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long evaluation = tx.inTransaction(em -> QUERIES.chat(em, HR, chatId(tx, "h-1")))
                    .evaluation()
                    .id();

            for (Viewer refused : List.of(DOMAINS_MANAGER, LUCIA, HR)) {
                assertThatThrownBy(() -> tx.inTransaction(em -> COMMANDS.override(
                                em, refused, evaluation, CriterionId.GREETING, Verdict.NOT_MET, "no")))
                        .isInstanceOf(AccessDenied.class);
            }
            assertThatThrownBy(() -> tx.inTransaction(em -> COMMANDS.override(
                            em, HOSTING_MANAGER, evaluation, CriterionId.GREETING, Verdict.NOT_MET, " ")))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("reason");
            tx.inTransaction(em ->
                    COMMANDS.override(em, HOSTING_MANAGER, evaluation, CriterionId.GREETING, Verdict.NOT_MET, "a"));
            assertThatThrownBy(() -> tx.inTransaction(em -> COMMANDS.override(
                            em, HOSTING_MANAGER, evaluation, CriterionId.GREETING, Verdict.PARTIAL, "b")))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("no longer current");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAgentDisputesAVerdictAndTheTeamsManagerUpholdsItWithAnOverride(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long chat = chatId(tx, "h-1");
            long evaluation = tx.inTransaction(em -> QUERIES.chat(em, LUCIA, chat))
                    .evaluation()
                    .id();

            assertThatThrownBy(() -> tx.inTransaction(
                            em -> COMMANDS.openDispute(em, PABLO, evaluation, CriterionId.EMPATHY, "no es mío")))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em ->
                            COMMANDS.openDispute(em, HOSTING_MANAGER, evaluation, CriterionId.EMPATHY, "soy manager")))
                    .isInstanceOf(AccessDenied.class);
            DisputeView dispute = tx.inTransaction(em -> COMMANDS.openDispute(
                    em, LUCIA, evaluation, CriterionId.EMPATHY, "Le dije que entendía su preocupación."));
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> COMMANDS.openDispute(em, LUCIA, evaluation, CriterionId.EMPATHY, "otra vez")))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("already");
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> COMMANDS.openDispute(em, LUCIA, evaluation, CriterionId.COURTESY, "")))
                    .isInstanceOf(ReviewRejected.class);

            assertThat(list(tx, em -> QUERIES.disputeQueue(em, HOSTING_MANAGER)))
                    .extracting(DisputeView::id)
                    .containsExactly(dispute.id());
            assertThat(list(tx, em -> QUERIES.disputeQueue(em, DOMAINS_MANAGER)))
                    .isEmpty();
            assertThat(list(tx, em -> QUERIES.myDisputes(em, LUCIA)))
                    .extracting(DisputeView::state)
                    .containsExactly("OPEN");
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> COMMANDS.decide(em, DOMAINS_MANAGER, dispute.id(), true, "sí", Verdict.MET)))
                    .isInstanceOf(AccessDenied.class);

            String empathyBefore = verdict(tx.inTransaction(em -> QUERIES.chat(em, LUCIA, chat)), "EMPATHY");
            Verdict upheldVerdict = empathyBefore.equals("MET") ? Verdict.PARTIAL : Verdict.MET;
            DisputeView decided = tx.inTransaction(em -> COMMANDS.decide(
                    em, HOSTING_MANAGER, dispute.id(), true, "Tiene razón: mostró empatía.", upheldVerdict));

            assertThat(changes(tx))
                    .as("an upheld dispute with a verdict overrides it, and both reach the outbox")
                    .endsWith("OVERRIDDEN " + current(tx, LUCIA, chat), "DISPUTE_DECIDED " + current(tx, LUCIA, chat));
            assertThat(decided.state()).isEqualTo("UPHELD");
            assertThat(decided.decidedBy()).isEqualTo("valeria.paz");
            ChatReview after = tx.inTransaction(em -> QUERIES.chat(em, LUCIA, chat));
            assertThat(verdict(after, "EMPATHY")).isEqualTo(upheldVerdict.name());
            assertThat(after.overrides())
                    .extracting(OverrideView::reason)
                    .containsExactly("Tiene razón: mostró empatía.");
            assertThat(list(tx, em -> QUERIES.disputeQueue(em, HOSTING_MANAGER)))
                    .isEmpty();
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> COMMANDS.decide(em, HOSTING_MANAGER, dispute.id(), false, "otra", null)))
                    .isInstanceOf(ReviewRejected.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDisputeRejectedWithoutANewVerdictReachesTheOutboxAsItsOutcome(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long chat = chatId(tx, "h-1");
            long evaluation = current(tx, LUCIA, chat);
            DisputeView dispute = tx.inTransaction(
                    em -> COMMANDS.openDispute(em, LUCIA, evaluation, CriterionId.EMPATHY, "Fui empática."));

            tx.inTransaction(em -> COMMANDS.decide(em, HOSTING_MANAGER, dispute.id(), false, "No lo fue.", null));

            assertThat(current(tx, LUCIA, chat)).isEqualTo(evaluation);
            assertThat(changes(tx)).endsWith("DISPUTE_DECIDED " + evaluation);
        }
    }
}
