package com.towebs.chatqa.operations.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.Evaluator;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.grading.Grader;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.CriterionView;
import com.towebs.chatqa.operations.review.ReviewViews.DisputeView;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.review.ReviewViews.OverrideView;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who reads which evaluations, and how overrides and disputes change them, on H2 and on PostgreSQL. */
class ReviewsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Rubric RUBRIC = Rubric.standard().without(CriterionId.SPELLING);
    private static final Evaluator EVALUATOR = new Evaluator(RUBRIC, null);
    private static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");

    static final Viewer LUCIA = viewer("lucia.gomez", Set.of(), Role.AGENT);
    static final Viewer PABLO = viewer("pablo.diaz", Set.of(), Role.AGENT);
    static final Viewer HOSTING_MANAGER = viewer("valeria.paz", Set.of("hosting"), Role.MANAGER);
    static final Viewer DOMAINS_MANAGER = viewer("jorge.castro", Set.of("dominios"), Role.MANAGER);
    static final Viewer HR = viewer("marta.ibanez", Set.of(), Role.HR);
    static final Viewer NOBODY = viewer("sin.roles", Set.of());

    private final ChatStore store = new ChatStore();
    private final Reviews reviews = new Reviews(
            ZONE, version -> version.equals(RUBRIC.version()) ? Optional.of(RUBRIC) : Optional.empty(), CLOCK);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachViewerListsOnlyWhatTheyMayRead(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);

            assertThat(refs(tx, LUCIA)).containsExactlyInAnyOrder("h-1", "h-2");
            assertThat(refs(tx, PABLO)).containsExactly("d-1");
            assertThat(refs(tx, HOSTING_MANAGER)).containsExactlyInAnyOrder("h-1", "h-2");
            assertThat(refs(tx, DOMAINS_MANAGER)).containsExactly("d-1");
            assertThat(refs(tx, HR)).containsExactlyInAnyOrder("h-1", "h-2", "d-1");
            assertThat(refs(tx, NOBODY)).isEmpty();
            assertThat(tx.<Long>inTransaction(em -> reviews.count(em, HR, EvaluationFilter.all())))
                    .isEqualTo(3);
            assertThat(list(tx, em -> reviews.teams(em, HOSTING_MANAGER)))
                    .extracting(ReviewViews.TeamView::id)
                    .containsExactly("hosting");
            assertThat(list(tx, em -> reviews.agents(em, HR, "dominios")))
                    .extracting(ReviewViews.AgentView::id)
                    .containsExactly("pablo.diaz");
            EvaluationFilter october3 = new EvaluationFilter(
                    LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3), "hosting", null, null, false);
            assertThat(list(tx, em -> reviews.evaluations(em, HR, october3, 0, 10)))
                    .extracting(EvaluationSummary::chatRef)
                    .containsExactlyInAnyOrder("h-1", "h-2");
            EvaluationFilter october4 = new EvaluationFilter(LocalDate.of(2026, 10, 4), null, null, null, null, false);
            assertThat(list(tx, em -> reviews.evaluations(em, HR, october4, 0, 10)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherAgentsOrAnotherTeamsChatIsRefusedById(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long pablos = chatId(tx, "d-1");

            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.chat(em, LUCIA, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.chat(em, HOSTING_MANAGER, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.chat(em, NOBODY, pablos)))
                    .isInstanceOf(AccessDenied.class);
            assertThat(tx.inTransaction(em -> reviews.chat(em, PABLO, pablos)).chatRef())
                    .isEqualTo("d-1");
            assertThat(tx.inTransaction(em -> reviews.chat(em, HR, pablos)).messages())
                    .hasSize(8);
            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.chat(em, HR, 987_654L)))
                    .isInstanceOf(NoSuchChat.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOverrideRecomputesTheScoreKeepsTheAutomaticEvaluationAndLeavesAnAuditTrail(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = gradedChats(factory);
            long chat = chatId(tx, "h-1");
            ChatReview before = tx.inTransaction(em -> reviews.chat(em, HOSTING_MANAGER, chat));
            assertThat(verdict(before, "GREETING")).isEqualTo("MET");
            assertThat(before.evaluation().score()).isEqualTo(98.0);

            OverrideView override = tx.inTransaction(em -> reviews.override(
                    em,
                    HOSTING_MANAGER,
                    before.evaluation().id(),
                    CriterionId.GREETING,
                    Verdict.NOT_MET,
                    "  No se presentó con su nombre completo.  "));

            assertThat(override.by()).isEqualTo("valeria.paz");
            assertThat(override.reason()).isEqualTo("No se presentó con su nombre completo.");
            assertThat(override.scoreBefore()).isEqualTo(98.0);
            ChatReview after = tx.inTransaction(em -> reviews.chat(em, LUCIA, chat));
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
            assertThat(list(tx, em -> reviews.evaluations(em, HR, EvaluationFilter.all(), 0, 10)))
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
            long evaluation = tx.inTransaction(em -> reviews.chat(em, HR, chatId(tx, "h-1")))
                    .evaluation()
                    .id();

            for (Viewer refused : List.of(DOMAINS_MANAGER, LUCIA, HR)) {
                assertThatThrownBy(() -> tx.inTransaction(em ->
                                reviews.override(em, refused, evaluation, CriterionId.GREETING, Verdict.NOT_MET, "no")))
                        .isInstanceOf(AccessDenied.class);
            }
            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.override(
                            em, HOSTING_MANAGER, evaluation, CriterionId.GREETING, Verdict.NOT_MET, " ")))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("reason");
            tx.inTransaction(em ->
                    reviews.override(em, HOSTING_MANAGER, evaluation, CriterionId.GREETING, Verdict.NOT_MET, "a"));
            assertThatThrownBy(() -> tx.inTransaction(em -> reviews.override(
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
            long evaluation = tx.inTransaction(em -> reviews.chat(em, LUCIA, chat))
                    .evaluation()
                    .id();

            assertThatThrownBy(() -> tx.inTransaction(
                            em -> reviews.openDispute(em, PABLO, evaluation, CriterionId.EMPATHY, "no es mío")))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> tx.inTransaction(em ->
                            reviews.openDispute(em, HOSTING_MANAGER, evaluation, CriterionId.EMPATHY, "soy manager")))
                    .isInstanceOf(AccessDenied.class);
            DisputeView dispute = tx.inTransaction(em -> reviews.openDispute(
                    em, LUCIA, evaluation, CriterionId.EMPATHY, "Le dije que entendía su preocupación."));
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> reviews.openDispute(em, LUCIA, evaluation, CriterionId.EMPATHY, "otra vez")))
                    .isInstanceOf(ReviewRejected.class)
                    .hasMessageContaining("already");
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> reviews.openDispute(em, LUCIA, evaluation, CriterionId.COURTESY, "")))
                    .isInstanceOf(ReviewRejected.class);

            assertThat(list(tx, em -> reviews.disputeQueue(em, HOSTING_MANAGER)))
                    .extracting(DisputeView::id)
                    .containsExactly(dispute.id());
            assertThat(list(tx, em -> reviews.disputeQueue(em, DOMAINS_MANAGER)))
                    .isEmpty();
            assertThat(list(tx, em -> reviews.myDisputes(em, LUCIA)))
                    .extracting(DisputeView::state)
                    .containsExactly("OPEN");
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> reviews.decide(em, DOMAINS_MANAGER, dispute.id(), true, "sí", Verdict.MET)))
                    .isInstanceOf(AccessDenied.class);

            String empathyBefore = verdict(tx.inTransaction(em -> reviews.chat(em, LUCIA, chat)), "EMPATHY");
            Verdict upheldVerdict = empathyBefore.equals("MET") ? Verdict.PARTIAL : Verdict.MET;
            DisputeView decided = tx.inTransaction(em -> reviews.decide(
                    em, HOSTING_MANAGER, dispute.id(), true, "Tiene razón: mostró empatía.", upheldVerdict));

            assertThat(decided.state()).isEqualTo("UPHELD");
            assertThat(decided.decidedBy()).isEqualTo("valeria.paz");
            ChatReview after = tx.inTransaction(em -> reviews.chat(em, LUCIA, chat));
            assertThat(verdict(after, "EMPATHY")).isEqualTo(upheldVerdict.name());
            assertThat(after.overrides())
                    .extracting(OverrideView::reason)
                    .containsExactly("Tiene razón: mostró empatía.");
            assertThat(list(tx, em -> reviews.disputeQueue(em, HOSTING_MANAGER)))
                    .isEmpty();
            assertThatThrownBy(() -> tx.inTransaction(
                            em -> reviews.decide(em, HOSTING_MANAGER, dispute.id(), false, "otra", null)))
                    .isInstanceOf(ReviewRejected.class);
        }
    }

    private ResourceLocalTransactions gradedChats(EntityManagerFactory factory) {
        ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
        put(tx, TestChats.mailChat("h-1", ChatStatus.CLOSED, 8));
        put(tx, TestChats.mailChat("h-2", ChatStatus.CLOSED, 6));
        Chat pablos = TestChats.mailChat("d-1", ChatStatus.CLOSED, 8);
        put(
                tx,
                new Chat(
                        pablos.id(),
                        pablos.source(),
                        pablos.status(),
                        new Participant("pablo.diaz", "Pablo Díaz", "dominios"),
                        pablos.customer(),
                        pablos.messages()));
        new Grader(tx, () -> EVALUATOR::evaluate, CLOCK).gradePending();
        return tx;
    }

    /** Reads a list in a transaction (a named type, which assertThat's overloads need). */
    private static <T> List<T> list(ResourceLocalTransactions tx, Function<EntityManager, List<T>> read) {
        return tx.inTransaction(read);
    }

    private void put(ResourceLocalTransactions tx, Chat chat) {
        tx.inTransaction(em -> store.store(em, new IncomingChat(chat, false, false, null), CLOCK.instant()));
    }

    private List<String> refs(ResourceLocalTransactions tx, Viewer viewer) {
        return tx.inTransaction(em -> reviews.evaluations(em, viewer, EvaluationFilter.all(), 0, 100)).stream()
                .map(EvaluationSummary::chatRef)
                .toList();
    }

    private long chatId(ResourceLocalTransactions tx, String ref) {
        return tx.inTransaction(em -> store.find(em, "test", ref).orElseThrow().getId());
    }

    private static String verdict(ChatReview review, String criterion) {
        return review.evaluation().criteria().stream()
                .filter(c -> c.criterion().equals(criterion))
                .findFirst()
                .orElseThrow()
                .verdict();
    }

    static Viewer viewer(String username, Set<String> teams, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        return new Viewer(
                username, username, set, set.contains(Role.AGENT) ? Optional.of(username) : Optional.empty(), teams);
    }
}
