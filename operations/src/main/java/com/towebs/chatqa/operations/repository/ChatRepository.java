package com.towebs.chatqa.operations.repository;

import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.operations.model.Agent;
import com.towebs.chatqa.operations.model.GradingState;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.Team;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chats with their messages, and the agents and teams they name. */
public final class ChatRepository {

    /** Ids per IN list: an IN list of thousands of parameters is slow or refused by some databases. */
    private static final int IN_SLICE = 500;

    /** A team or agent as a viewer may list them. */
    public record Listed(String id, String name, String team) {}

    private final EntityManager em;

    public ChatRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<StoredChat> find(long id) {
        return Optional.ofNullable(em.find(StoredChat.class, id));
    }

    public void add(StoredChat chat) {
        em.persist(chat);
    }

    /** A chat by its natural key, without flushing pending changes (the key finds rows already written). */
    public Optional<StoredChat> findByKey(String source, String externalId) {
        return em.createQuery(
                        "select c from StoredChat c where c.source = :source and c.externalId = :externalId",
                        StoredChat.class)
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    /** The source's chats among these external ids, read one query per slice of ids (not one per chat). */
    public List<StoredChat> findByKeys(String source, List<String> externalIds) {
        List<StoredChat> found = new ArrayList<>();
        for (List<String> slice : slices(externalIds)) {
            em
                    .createQuery("select c from StoredChat c where c.externalId in :ids", StoredChat.class)
                    .setParameter("ids", slice)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList()
                    .stream()
                    .filter(chat -> chat.getSource().equals(source))
                    .forEach(found::add);
        }
        return found;
    }

    /** The change markers the source gave when these chats were last stored, by external id (absent: never stored). */
    public Map<String, String> sourceChangeKeys(String source, Collection<String> externalIds) {
        Map<String, String> keys = new HashMap<>();
        for (List<String> slice : slices(List.copyOf(externalIds))) {
            em.createQuery(
                            "select c.source, c.externalId, c.sourceChangeKey from StoredChat c"
                                    + " where c.externalId in :ids",
                            Object[].class)
                    .setParameter("ids", slice)
                    .getResultList()
                    .forEach(row -> {
                        if (source.equals(row[0]) && row[2] != null) {
                            keys.put((String) row[1], (String) row[2]);
                        }
                    });
        }
        return keys;
    }

    /** The ids of up to {@code limit} chats waiting for grading, oldest first, leaving out {@code excluded}. */
    public List<Long> pendingIds(Set<Long> excluded, int limit) {
        return em.createQuery("select c.id from StoredChat c where c.gradingState = :pending order by c.id", Long.class)
                .setParameter("pending", GradingState.PENDING)
                .setMaxResults(limit + excluded.size())
                .getResultStream()
                .filter(id -> !excluded.contains(id))
                .limit(limit)
                .toList();
    }

    /**
     * These chats, if still waiting for grading (another pass may have graded them meanwhile), with their messages,
     * agent and team, in one query.
     */
    public List<StoredChat> pendingWithMessages(List<Long> ids) {
        return em.createQuery(
                        "select distinct c from StoredChat c left join fetch c.messages"
                                + " join fetch c.agent left join fetch c.team"
                                + " where c.id in :ids and c.gradingState = :pending order by c.id",
                        StoredChat.class)
                .setParameter("ids", ids)
                .setParameter("pending", GradingState.PENDING)
                .getResultList();
    }

    /**
     * Sends every chat that started in [start, end) back to grading, in one statement rather than one entity per
     * chat; the version moves so a concurrent ingestion of a chat notices. Returns how many.
     */
    public int queueForGrading(Instant start, Instant end) {
        return em.createQuery("update StoredChat c"
                        + " set c.gradingState = :pending, c.gradingAttempts = 0, c.gradingError = null,"
                        + " c.version = c.version + 1"
                        + " where c.startedAt >= :start and c.startedAt < :end")
                .setParameter("pending", GradingState.PENDING)
                .setParameter("start", start)
                .setParameter("end", end)
                .executeUpdate();
    }

    /** How many chats wait for grading and how many are parked. */
    public Map<GradingState, Long> gradingBacklog() {
        Map<GradingState, Long> counts = new EnumMap<>(GradingState.class);
        counts.put(GradingState.PENDING, 0L);
        counts.put(GradingState.PARKED, 0L);
        em.createQuery(
                        "select c.gradingState, count(c) from StoredChat c"
                                + " where c.gradingState in (:pending, :parked) group by c.gradingState",
                        Object[].class)
                .setParameter("pending", GradingState.PENDING)
                .setParameter("parked", GradingState.PARKED)
                .getResultList()
                .forEach(row -> counts.put((GradingState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The team with that id, created (named by its id) on first sight. */
    public Team teamOrNew(String id) {
        Team team = em.find(Team.class, id);
        if (team == null) {
            team = new Team(id, id);
            em.persist(team);
        }
        return team;
    }

    public Optional<Agent> agent(String id) {
        return Optional.ofNullable(em.find(Agent.class, id));
    }

    public void add(Agent agent) {
        em.persist(agent);
    }

    /** The teams of the chats the viewer may read, by name. */
    public List<Listed> teams(Viewer viewer) {
        ViewerScope scope = ViewerScope.of(viewer);
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select distinct t.id, t.name from StoredChat c join c.agent a join c.team t where " + scope.where()
                        + " order by t.name",
                Object[].class);
        scope.bind(query);
        return query.getResultList().stream()
                .map(row -> new Listed((String) row[0], (String) row[1], (String) row[0]))
                .toList();
    }

    /**
     * The agents of the chats the viewer may read, of one team or (team null) of every team, by name; an agent
     * with chats in two teams is listed once per team.
     */
    public List<Listed> agents(Viewer viewer, String team) {
        ViewerScope scope = ViewerScope.of(viewer);
        if (scope.nothing()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "select distinct a.id, a.displayName, t.id from StoredChat c"
                        + " join c.agent a left join c.team t where " + scope.where()
                        + (team == null ? "" : " and t.id = :team") + " order by a.displayName",
                Object[].class);
        scope.bind(query);
        if (team != null) {
            query.setParameter("team", team);
        }
        return query.getResultList().stream()
                .map(row -> new Listed(
                        (String) row[0], row[1] == null ? (String) row[0] : (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * External ids in IN lists of at most {@link #IN_SLICE}. The look-ups filter by external id alone and check the
     * source on the rows found: H2 serves "source = ? and external_id in (...)" by source only (migration V5).
     */
    private static List<List<String>> slices(List<String> ids) {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_SLICE) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + IN_SLICE)));
        }
        return slices;
    }
}
