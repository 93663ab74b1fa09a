package com.towebs.chatqa.operations.review;

import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.grading.Grader;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.model.EvaluationChange;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.review.ReviewViews.ChatReview;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationFilter;
import com.towebs.chatqa.operations.review.ReviewViews.EvaluationSummary;
import com.towebs.chatqa.operations.store.ChatStore;
import com.towebs.chatqa.operations.store.IncomingChat;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Three graded chats on a fresh database (lucía's h-1 and h-2 in hosting, pablo's d-1 in dominios) and the viewers
 * of the review tests: who reads and revises them is the subject of {@link ReviewQueriesTest} and
 * {@link ReviewCommandsTest}.
 */
final class ReviewFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    static final Rubric RUBRIC = Rubric.standard().without(CriterionId.SPELLING);
    static final Evaluator EVALUATOR = new Evaluator(RUBRIC, null);
    static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");

    static final Viewer LUCIA = viewer("lucia.gomez", Set.of(), Role.AGENT);
    static final Viewer PABLO = viewer("pablo.diaz", Set.of(), Role.AGENT);
    static final Viewer HOSTING_MANAGER = viewer("valeria.paz", Set.of("hosting"), Role.MANAGER);
    static final Viewer DOMAINS_MANAGER = viewer("jorge.castro", Set.of("dominios"), Role.MANAGER);
    static final Viewer HR = viewer("marta.ibanez", Set.of(), Role.HR);
    static final Viewer NOBODY = viewer("sin.roles", Set.of());

    static final ReviewQueries QUERIES = new ReviewQueries(ZONE);
    static final ReviewCommands COMMANDS = new ReviewCommands(
            version -> version.equals(RUBRIC.version()) ? Optional.of(RUBRIC) : Optional.empty(), CLOCK);

    private ReviewFixture() {}

    static ResourceLocalTransactions gradedChats(EntityManagerFactory factory) {
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
    static <T> List<T> list(ResourceLocalTransactions tx, Function<EntityManager, List<T>> read) {
        return tx.inTransaction(read);
    }

    private static void put(ResourceLocalTransactions tx, Chat chat) {
        tx.inTransaction(em -> new ChatStore().store(em, new IncomingChat(chat, false, false, null), CLOCK.instant()));
    }

    static List<String> refs(ResourceLocalTransactions tx, Viewer viewer) {
        return tx.inTransaction(em -> QUERIES.evaluations(em, viewer, EvaluationFilter.all(), 0, 100)).stream()
                .map(EvaluationSummary::chatRef)
                .toList();
    }

    static long chatId(ResourceLocalTransactions tx, String ref) {
        return tx.inTransaction(em ->
                new ChatRepository(em).findByKey("test", ref).orElseThrow().getId());
    }

    /** The outbox, oldest first: each change's kind and evaluation. */
    static List<String> changes(ResourceLocalTransactions tx) {
        return tx
                .inTransaction(
                        em -> em.createQuery("select c from EvaluationChange c order by c.id", EvaluationChange.class)
                                .getResultList())
                .stream()
                .map(change -> change.getKind() + " " + change.getEvaluationId())
                .toList();
    }

    /** The id of the chat's current evaluation. */
    static long current(ResourceLocalTransactions tx, Viewer viewer, long chat) {
        return tx.inTransaction(em -> QUERIES.chat(em, viewer, chat))
                .evaluation()
                .id();
    }

    static String verdict(ChatReview review, String criterion) {
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
