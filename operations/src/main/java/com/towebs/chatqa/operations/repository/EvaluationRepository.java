package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.model.Dispute;
import com.towebs.chatqa.operations.model.EvaluationChange;
import com.towebs.chatqa.operations.model.EvaluationReason;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.StoredEvaluation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluations: every grading of a chat, the newest current, the earlier ones history. */
public final class EvaluationRepository {

    /** Which current evaluations to list; null fields do not filter. {@code to} is exclusive. */
    public record Criteria(
            Instant from, Instant to, String team, String agent, Double maxScore, boolean criticalOnly) {}

    /** A chat's current evaluation as a list shows it, with the chat's open disputes counted. */
    public record CurrentRow(
            long evaluationId,
            long chatId,
            String chatRef,
            String agentId,
            String agentName,
            String teamId,
            Instant startedAt,
            ChatStatus chatStatus,
            double score,
            boolean criticalFailure,
            String rubricVersion,
            EvaluationReason reason,
            int openDisputes) {}

    private final EntityManager em;

    public EvaluationRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<StoredEvaluation> find(long id) {
        return Optional.ofNullable(em.find(StoredEvaluation.class, id));
    }

    /**
     * Adds a grading of a chat (the caller superseded the chat's previous one) and records the change in the outbox,
     * in this transaction: every new evaluation reaches reporting.
     */
    public void add(StoredEvaluation evaluation, EvaluationChange.Kind kind) {
        em.persist(evaluation);
        recordChange(evaluation, kind, evaluation.getEvaluatedAt());
    }

    /**
     * Persists a person's revision that replaces {@code superseded} as current, and records it in the outbox. The
     * superseded row is written first, so at no moment two evaluations of the chat are current.
     */
    public void replace(StoredEvaluation superseded, StoredEvaluation revision) {
        superseded.supersede();
        em.flush();
        em.persist(revision);
        recordChange(revision, EvaluationChange.Kind.OVERRIDDEN, revision.getEvaluatedAt());
    }

    /** Records in the outbox that something happened to the chat of {@code current}, its current evaluation. */
    public void recordChange(StoredEvaluation current, EvaluationChange.Kind kind, Instant at) {
        em.persist(new EvaluationChange(current, kind, at));
    }

    /** The current evaluation of each of these chats that has one, by chat id, in one query. */
    public Map<Long, StoredEvaluation> currentOf(Collection<Long> chatIds) {
        Map<Long, StoredEvaluation> current = new HashMap<>();
        em.createQuery(
                        "select e from StoredEvaluation e where e.chat.id in :ids and e.current = true",
                        StoredEvaluation.class)
                .setParameter("ids", chatIds)
                .getResultList()
                .forEach(evaluation -> current.put(evaluation.getChat().getId(), evaluation));
        return current;
    }

    public Optional<StoredEvaluation> currentOf(StoredChat chat) {
        return em.createQuery(
                        "select e from StoredEvaluation e where e.chat = :chat and e.current = true",
                        StoredEvaluation.class)
                .setParameter("chat", chat)
                .getResultStream()
                .findFirst();
    }

    /** Every evaluation of the chat, the newest first. */
    public List<StoredEvaluation> ofChatNewestFirst(StoredChat chat) {
        return em.createQuery(
                        "select e from StoredEvaluation e where e.chat = :chat order by e.id desc",
                        StoredEvaluation.class)
                .setParameter("chat", chat)
                .getResultList();
    }

    /** Current evaluations within what the viewer may read and the criteria, newest chat first, one page. */
    public List<CurrentRow> current(Viewer viewer, Criteria criteria, int first, int max) {
        ViewerScope scope = ViewerScope.of(viewer);
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select e.id, c.id, c.externalId, a.id, a.displayName, t.id,"
                        + " c.startedAt, c.status, e.score, e.criticalFailure, e.rubricVersion, e.reason,"
                        + " (select count(d) from Dispute d where d.chat = c and d.state = :open)"
                        + " from StoredEvaluation e join e.chat c join c.agent a left join c.team t"
                        + " where e.current = true and " + scope.where() + where(criteria)
                        + " order by c.startedAt desc, c.id desc",
                Object[].class);
        scope.bind(query);
        bind(query, criteria);
        query.setParameter("open", Dispute.State.OPEN);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(max, 1)).getResultList().stream()
                .map(row -> new CurrentRow(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        row[4] == null ? (String) row[3] : (String) row[4],
                        (String) row[5],
                        (Instant) row[6],
                        (ChatStatus) row[7],
                        (Double) row[8],
                        (Boolean) row[9],
                        (String) row[10],
                        (EvaluationReason) row[11],
                        ((Long) row[12]).intValue()))
                .toList();
    }

    /** How many current evaluations {@link #current} would list in all. */
    public long countCurrent(Viewer viewer, Criteria criteria) {
        ViewerScope scope = ViewerScope.of(viewer);
        if (scope.nothing()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from StoredEvaluation e join e.chat c join c.agent a"
                        + " left join c.team t where e.current = true and " + scope.where() + where(criteria),
                Long.class);
        scope.bind(query);
        bind(query, criteria);
        return query.getSingleResult();
    }

    private static String where(Criteria criteria) {
        StringBuilder where = new StringBuilder();
        if (criteria.from() != null) {
            where.append(" and c.startedAt >= :from");
        }
        if (criteria.to() != null) {
            where.append(" and c.startedAt < :to");
        }
        if (criteria.team() != null) {
            where.append(" and t.id = :team");
        }
        if (criteria.agent() != null) {
            where.append(" and a.id = :agent");
        }
        if (criteria.maxScore() != null) {
            where.append(" and e.score <= :maxScore");
        }
        if (criteria.criticalOnly()) {
            where.append(" and e.criticalFailure = true");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Criteria criteria) {
        if (criteria.from() != null) {
            query.setParameter("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.setParameter("to", criteria.to());
        }
        if (criteria.team() != null) {
            query.setParameter("team", criteria.team());
        }
        if (criteria.agent() != null) {
            query.setParameter("agent", criteria.agent());
        }
        if (criteria.maxScore() != null) {
            query.setParameter("maxScore", criteria.maxScore());
        }
    }
}
