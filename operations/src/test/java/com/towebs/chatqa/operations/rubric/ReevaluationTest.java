package com.towebs.chatqa.operations.rubric;

import static com.towebs.chatqa.operations.rubric.RubricCatalogTest.ADMIN;
import static com.towebs.chatqa.operations.rubric.RubricCatalogTest.BUILT_IN;
import static com.towebs.chatqa.operations.rubric.RubricCatalogTest.CLOCK;
import static com.towebs.chatqa.operations.rubric.RubricCatalogTest.MANAGER;
import static com.towebs.chatqa.operations.rubric.RubricCatalogTest.withWeight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.access.AccessDenied;
import com.towebs.chatqa.operations.grading.Grader;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.GradingState;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReevaluationTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    private final ChatStore store = new ChatStore();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPeriodIsRegradedUnderTheNewActiveRubricAndTheOldEvaluationsStayAsHistory(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            RubricVersions catalog = new RubricVersions(tx, BUILT_IN, CLOCK);
            Grader grader =
                    new Grader(tx, new ActiveEvaluator(catalog::active, rubric -> new Evaluator(rubric, null)), CLOCK);
            AtomicInteger wakes = new AtomicInteger();
            PeriodReevaluation reevaluation = new PeriodReevaluation(tx, BUENOS_AIRES, wakes::incrementAndGet);

            // TestChats start on 2026-10-03 at 11:02 in Buenos Aires; "late" at 23:30 there (02:30 UTC the next day)
            put(tx, TestChats.mailChat("in-period", ChatStatus.CLOSED, 8));
            put(tx, shifted(TestChats.mailChat("late", ChatStatus.CLOSED, 8), 12 * 3600 + 27 * 60 + 55));
            put(tx, shifted(TestChats.mailChat("later", ChatStatus.CLOSED, 8), 2 * 86400));
            assertThat(grader.gradePending().graded()).isEqualTo(3);

            catalog.create(ADMIN, withWeight("towebs-2026.3", CriterionId.GREETING, 9), "towebs-2026.2");
            assertThat(reevaluation.reevaluate(ADMIN, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3)))
                    .isEqualTo(2);
            assertThat(wakes).hasValue(1);
            assertThat(grader.gradePending().graded()).isEqualTo(2);

            tx.inTransaction(em -> {
                for (String id : List.of("in-period", "late")) {
                    List<StoredEvaluation> history = history(
                            em, new ChatRepository(em).findByKey("test", id).orElseThrow());
                    assertThat(history)
                            .extracting(StoredEvaluation::getRubricVersion)
                            .containsExactly("towebs-2026.2", "towebs-2026.3");
                    assertThat(history).extracting(StoredEvaluation::isCurrent).containsExactly(false, true);
                    assertThat(history)
                            .extracting(StoredEvaluation::getReason)
                            .containsExactly(EvaluationReason.NEW_CHAT, EvaluationReason.RUBRIC_CHANGED);
                }
                StoredChat later =
                        new ChatRepository(em).findByKey("test", "later").orElseThrow();
                assertThat(history(em, later))
                        .extracting(StoredEvaluation::getRubricVersion)
                        .containsExactly("towebs-2026.2");
                assertThat(later.getGradingState()).isEqualTo(GradingState.GRADED);
                return null;
            });

            // a period without chats queues nothing and wakes no one
            assertThat(reevaluation.reevaluate(ADMIN, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                    .isZero();
            assertThat(wakes).hasValue(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyQaAdminsReevaluateAndThePeriodMustBeInOrder(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            put(tx, TestChats.mailChat("in-period", ChatStatus.CLOSED, 8));
            AtomicInteger wakes = new AtomicInteger();
            PeriodReevaluation reevaluation = new PeriodReevaluation(tx, BUENOS_AIRES, wakes::incrementAndGet);
            Grader grader = new Grader(tx, () -> new Evaluator(BUILT_IN, null)::evaluate, CLOCK);
            grader.gradePending();

            assertThatThrownBy(() ->
                            reevaluation.reevaluate(MANAGER, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(
                            () -> reevaluation.reevaluate(ADMIN, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(wakes).hasValue(0);
            tx.inTransaction(em -> {
                assertThat(new ChatRepository(em)
                                .findByKey("test", "in-period")
                                .orElseThrow()
                                .getGradingState())
                        .isEqualTo(GradingState.GRADED);
                return null;
            });
        }
    }

    private static List<StoredEvaluation> history(jakarta.persistence.EntityManager em, StoredChat chat) {
        return em.createQuery(
                        "select e from StoredEvaluation e where e.chat = :chat order by e.id", StoredEvaluation.class)
                .setParameter("chat", chat)
                .getResultList();
    }

    private static Chat shifted(Chat chat, long seconds) {
        return new Chat(
                chat.id(),
                chat.source(),
                chat.status(),
                chat.agent(),
                chat.customer(),
                chat.messages().stream()
                        .map(m -> new com.towebs.chatqa.evaluation.transcript.Message(
                                m.at().plusSeconds(seconds), m.from(), m.text()))
                        .toList());
    }

    private void put(ResourceLocalTransactions tx, Chat chat) {
        tx.inTransaction(em -> store.store(em, new IncomingChat(chat, false, false, null), CLOCK.instant()));
    }
}
