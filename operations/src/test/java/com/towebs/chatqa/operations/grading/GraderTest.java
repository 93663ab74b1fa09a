package com.towebs.chatqa.operations.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.model.EvaluationChange;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.GradingState;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredCriterionResult;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.EvaluationRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GraderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Evaluator EVALUATOR = new Evaluator(Rubric.standard().without(CriterionId.SPELLING), null);
    private final ChatStore store = new ChatStore();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachGradingIsRecordedInTheOutboxWithTheEvaluationItMade(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            Grader grader = new Grader(tx, () -> EVALUATOR::evaluate, CLOCK);
            put(tx, TestChats.mailChat("wh-1", ChatStatus.OPEN, 4));
            grader.gradePending();
            put(tx, TestChats.mailChat("wh-1", ChatStatus.CLOSED, 8));
            grader.gradePending();

            List<EvaluationChange> changes = tx.inTransaction(
                    em -> em.createQuery("select c from EvaluationChange c order by c.id", EvaluationChange.class)
                            .getResultList());
            assertThat(changes)
                    .extracting(EvaluationChange::getKind)
                    .containsExactly(EvaluationChange.Kind.GRADED, EvaluationChange.Kind.REGRADED);
            long current = tx.inTransaction(em -> new EvaluationRepository(em)
                    .currentOf(new ChatRepository(em).findByKey("test", "wh-1").orElseThrow())
                    .orElseThrow()
                    .getId());
            assertThat(changes.get(1).getEvaluationId()).isEqualTo(current);
            assertThat(changes.get(1).getRecordedAt()).isEqualTo(CLOCK.instant());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void gradesPendingChatsAndKeepsEarlierEvaluationsAsHistory(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            Grader grader = new Grader(tx, () -> EVALUATOR::evaluate, CLOCK);
            put(tx, TestChats.mailChat("wh-1", ChatStatus.OPEN, 4));
            put(tx, TestChats.mailChat("wh-2", ChatStatus.CLOSED, 8));

            assertThat(grader.gradePending()).isEqualTo(new Grader.GradingPass(2, 0));
            assertThat(grader.gradePending()).isEqualTo(new Grader.GradingPass(0, 0));

            put(tx, TestChats.mailChat("wh-1", ChatStatus.CLOSED, 8));
            assertThat(grader.gradePending()).isEqualTo(new Grader.GradingPass(1, 0));

            tx.inTransaction(em -> {
                StoredChat chat =
                        new ChatRepository(em).findByKey("test", "wh-1").orElseThrow();
                List<StoredEvaluation> history = em.createQuery(
                                "select e from StoredEvaluation e where e.chat = :chat order by e.id",
                                StoredEvaluation.class)
                        .setParameter("chat", chat)
                        .getResultList();
                assertThat(history)
                        .extracting(StoredEvaluation::getMessageCount)
                        .containsExactly(4, 8);
                assertThat(history).extracting(StoredEvaluation::isCurrent).containsExactly(false, true);
                assertThat(history)
                        .extracting(StoredEvaluation::getReason)
                        .containsExactly(EvaluationReason.NEW_CHAT, EvaluationReason.CHAT_CHANGED);
                StoredEvaluation current = history.get(1);
                assertThat(current.getRubricVersion()).isEqualTo("towebs-2026.2");
                StoredCriterionResult greeting = current.getCriteria().stream()
                        .filter(r -> r.getCriterion() == CriterionId.GREETING)
                        .findFirst()
                        .orElseThrow();
                assertThat(greeting.getVerdict()).isEqualTo(Verdict.MET);
                assertThat(greeting.getEvidence()).isNotEmpty();
                assertThat(greeting.getEvidence().get(0).message()).isZero();
                assertThat(chat.getGradingState()).isEqualTo(GradingState.GRADED);
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChatWhoseGradingKeepsFailingIsParkedWithTheReasonAndTheOthersAreGraded(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            put(tx, TestChats.mailChat("good", ChatStatus.CLOSED, 8));
            put(tx, TestChats.mailChat("poison", ChatStatus.CLOSED, 8));
            Grader grader = new Grader(
                    tx,
                    () -> chat -> {
                        if (chat.id().equals("poison")) {
                            throw new IllegalStateException("the engine cannot grade this chat");
                        }
                        return EVALUATOR.evaluate(chat);
                    },
                    CLOCK);

            for (int pass = 0; pass < Grader.MAX_ATTEMPTS; pass++) {
                grader.gradePending();
            }

            tx.inTransaction(em -> {
                assertThat(new ChatRepository(em)
                                .findByKey("test", "good")
                                .orElseThrow()
                                .getGradingState())
                        .isEqualTo(GradingState.GRADED);
                StoredChat poison =
                        new ChatRepository(em).findByKey("test", "poison").orElseThrow();
                assertThat(poison.getGradingState()).isEqualTo(GradingState.PARKED);
                assertThat(poison.getGradingAttempts()).isEqualTo(Grader.MAX_ATTEMPTS);
                assertThat(poison.getGradingError()).contains("IllegalStateException");
                return null;
            });
        }
    }

    private void put(ResourceLocalTransactions tx, Chat chat) {
        tx.inTransaction(em -> store.store(em, new IncomingChat(chat, false, false, null), CLOCK.instant()));
    }
}
