package com.towebs.chatqa.operations.grading;

import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.operations.infrastructure.persistence.Transactions;
import com.towebs.chatqa.operations.model.EvaluationChange;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.EvaluationRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grades the chats waiting for it (state PENDING) and keeps each evaluation: the chat's previous evaluation
 * stays as history and stops being current. The database is the queue, so chats stored before a crash are
 * graded after it. A chat whose grading throws is retried on later passes and parked after
 * {@link #MAX_ATTEMPTS} failures, with the reason.
 */
public final class Grader {

    public static final int MAX_ATTEMPTS = 3;
    /** Chats per transaction: fewer, larger commits cost the database less per chat (H2 rewrites its pages at each). */
    private static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(Grader.class.getName());

    private final Transactions transactions;
    private final Supplier<Function<Chat, Evaluation>> evaluator;
    private final Clock clock;

    /**
     * @param evaluator grades a chat under the rubric in force (an {@code Evaluator::evaluate}); asked for at each
     *                  pass, so a rubric change applies from the next pass on
     */
    public Grader(Transactions transactions, Supplier<Function<Chat, Evaluation>> evaluator, Clock clock) {
        this.transactions = transactions;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** Grades pending chats until none is left (but tries each failing chat only once per pass). */
    public GradingPass gradePending() {
        Set<Long> failedThisPass = new HashSet<>();
        int graded = 0;
        while (true) {
            List<Long> batch =
                    transactions.inTransaction(em -> new ChatRepository(em).pendingIds(failedThisPass, BATCH));
            if (batch.isEmpty()) {
                return new GradingPass(graded, failedThisPass.size());
            }
            Function<Chat, Evaluation> current = evaluator.get();
            try {
                graded += transactions.inTransaction(em -> gradeAll(em, batch, current));
            } catch (RuntimeException batchFailure) {
                // isolate the chat that failed: grade the batch one chat per transaction
                for (Long id : batch) {
                    try {
                        graded += transactions.inTransaction(em -> gradeAll(em, List.of(id), current));
                    } catch (RuntimeException failure) {
                        failedThisPass.add(id);
                        recordFailure(id, failure);
                    }
                }
            }
        }
    }

    private int gradeAll(EntityManager em, List<Long> ids, Function<Chat, Evaluation> current) {
        // the batch's chats and their current evaluations are read up front, in two queries: a query issued after
        // the first new evaluation would flush, and dirty-check everything the batch had written, once per chat
        // (chats graded meanwhile by another pass are left out)
        List<StoredChat> chats = new ChatRepository(em).pendingWithMessages(ids);
        EvaluationRepository evaluations = new EvaluationRepository(em);
        Map<Long, StoredEvaluation> previous = evaluations.currentOf(ids);
        for (StoredChat chat : chats) {
            Evaluation evaluation = current.apply(chat.toTranscript());
            StoredEvaluation before = previous.get(chat.getId());
            EvaluationReason reason = before == null ? EvaluationReason.NEW_CHAT : reason(before, chat, evaluation);
            if (before != null) {
                before.supersede();
            }
            evaluations.add(
                    new StoredEvaluation(chat, evaluation, reason, clock.instant()),
                    before == null ? EvaluationChange.Kind.GRADED : EvaluationChange.Kind.REGRADED);
            chat.markGraded();
        }
        return chats.size();
    }

    private static EvaluationReason reason(StoredEvaluation previous, StoredChat chat, Evaluation evaluation) {
        if (!previous.getContentHash().equals(chat.getContentHash())) {
            return EvaluationReason.CHAT_CHANGED;
        }
        return previous.getRubricVersion().equals(evaluation.rubricVersion())
                ? EvaluationReason.MANUAL
                : EvaluationReason.RUBRIC_CHANGED;
    }

    private void recordFailure(Long id, RuntimeException failure) {
        // the reason names the exception, never the chat's text
        String reason =
                failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        LOG.log(Level.WARNING, "grading chat {0} failed: {1}", new Object[] {
            id, failure.getClass().getName()
        });
        transactions.inTransaction(em -> {
            new ChatRepository(em).find(id).ifPresent(chat -> chat.recordGradingFailure(reason, MAX_ATTEMPTS));
            return null;
        });
    }

    /** Marks chats for grading again, e.g. after a rubric change or by a QA admin; returns how many. */
    public int regrade(EntityManager em, List<Long> chatIds) {
        ChatRepository chats = new ChatRepository(em);
        int marked = 0;
        for (Long id : chatIds) {
            Optional<StoredChat> chat = chats.find(id);
            chat.ifPresent(StoredChat::markForGrading);
            marked += chat.isPresent() ? 1 : 0;
        }
        return marked;
    }

    /** What one pass did. */
    public record GradingPass(int graded, int failed) {}
}
