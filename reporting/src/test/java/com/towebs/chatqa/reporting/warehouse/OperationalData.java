package com.towebs.chatqa.reporting.warehouse;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.grading.Grader;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.repository.EvaluationRepository;
import com.towebs.chatqa.operations.review.ReviewCommands;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * An operational database filled the way the product fills it: chats stored by ingestion's ChatStore and
 * graded by its Grader (without SPELLING, to keep tests quick), plus the warehouse schema beside it.
 */
public final class OperationalData implements AutoCloseable {

    public static final Evaluator EVALUATOR = new Evaluator(Rubric.standard().without(CriterionId.SPELLING), null);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);

    public final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final ResourceLocalTransactions transactions;
    private final ChatStore store = new ChatStore();

    public OperationalData(TestDatabase database) {
        dataSource = database.freshDatabase();
        factory = TestDatabase.persistenceUnit(dataSource);
        transactions = new ResourceLocalTransactions(factory);
        WarehouseSchema.migrate(dataSource);
    }

    /** Stores the chat (as ingestion would, already redacted) and grades everything pending. */
    public void put(Chat... chats) {
        for (Chat chat : chats) {
            transactions.inTransaction(
                    em -> store.store(em, new IncomingChat(chat, false, false, null), CLOCK.instant()));
        }
        new Grader(transactions, () -> EVALUATOR::evaluate, CLOCK).gradePending();
    }

    /** A manager of the chat's team overrides a verdict of its current evaluation, as the chat page does. */
    public void override(String externalId) {
        Viewer manager = new Viewer("manager", "Manager", Set.of(Role.QA_ADMIN), Optional.empty(), Set.of());
        ReviewCommands commands = new ReviewCommands(
                version -> version.equals(EVALUATOR.rubric().version())
                        ? Optional.of(EVALUATOR.rubric())
                        : Optional.empty(),
                CLOCK);
        transactions.inTransaction(em -> {
            StoredEvaluation current = new EvaluationRepository(em)
                    .currentOf(
                            new ChatRepository(em).findByKey("test", externalId).orElseThrow())
                    .orElseThrow();
            Verdict greeting = current.verdictOf(CriterionId.GREETING).orElseThrow();
            return commands.override(
                    em,
                    manager,
                    current.getId(),
                    CriterionId.GREETING,
                    greeting == Verdict.MET ? Verdict.NOT_MET : Verdict.MET,
                    "checked by hand");
        });
    }

    /** A mail chat of {@code messages} messages started at {@code start}, by that agent in that team. */
    public static Chat chat(String id, Instant start, String agent, String team, int messages) {
        Chat template = TestChats.mailChat(id, ChatStatus.CLOSED, messages);
        List<Message> moved = new ArrayList<>();
        Duration shift = Duration.between(TestChats.START, start);
        for (Message message : template.messages()) {
            moved.add(new Message(message.at().plus(shift), message.from(), message.text()));
        }
        return new Chat(id, "test", ChatStatus.CLOSED, new Participant(agent, agent, team), template.customer(), moved);
    }

    @Override
    public void close() {
        factory.close();
    }
}
