package com.towebs.chatqa.operations.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.operations.model.Agent;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.Team;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores redacted chats: a new chat is inserted, a changed one updated and queued for grading again, an
 * unchanged one left alone. Agents and teams a chat names are created on first sight. Works inside the
 * caller's transaction.
 */
public final class ChatStore {

    /** Ids per IN list: an IN list of thousands of parameters is slow or refused by some databases. */
    private static final int IN_SLICE = 500;

    /** A chat's natural key. */
    public record ChatKey(String source, String externalId) {
        static ChatKey of(Chat chat) {
            return new ChatKey(chat.source(), chat.id());
        }
    }

    /** Stores one chat, looking up whether it was stored before. */
    public StoreOutcome store(EntityManager em, IncomingChat incoming, Instant now) {
        Chat chat = incoming.chat();
        Map<ChatKey, StoredChat> known = new HashMap<>();
        find(em, chat.source(), chat.id()).ifPresent(stored -> known.put(ChatKey.of(chat), stored));
        return store(em, incoming, known, now);
    }

    /**
     * Stores one chat of a batch whose stored chats were read beforehand with {@link #stored}; a chat inserted here
     * is added to {@code known}, so the same chat twice in one batch is stored once.
     */
    public StoreOutcome store(EntityManager em, IncomingChat incoming, Map<ChatKey, StoredChat> known, Instant now) {
        Chat chat = incoming.chat();
        String hash = ContentHash.of(chat);
        StoredChat existing = known.get(ChatKey.of(chat));
        if (existing != null && existing.getContentHash().equals(hash)) {
            // the source may have moved its marker without changing anything graded: remember it, so the
            // source does not fetch this chat again
            existing.noteSourceChangeKey(incoming.sourceChangeKey());
            return StoreOutcome.UNCHANGED;
        }
        StoredChat stored = existing != null ? existing : new StoredChat(chat.source(), chat.id(), now);
        Team team = team(em, chat.agent().team());
        stored.takeContent(
                chat,
                agent(em, chat.agent(), team),
                team,
                hash,
                incoming.sourceChangeKey(),
                incoming.credentialsRequested(),
                incoming.credentialsSupplied(),
                now);
        if (existing == null) {
            em.persist(stored);
            known.put(ChatKey.of(chat), stored);
            return StoreOutcome.ACCEPTED;
        }
        return StoreOutcome.UPDATED;
    }

    /** The chats of a batch that are stored already, read in one query per source and slice (not one per chat). */
    public Map<ChatKey, StoredChat> stored(EntityManager em, Collection<Chat> chats) {
        Map<String, List<String>> idsBySource = new HashMap<>();
        for (Chat chat : chats) {
            idsBySource
                    .computeIfAbsent(chat.source(), source -> new ArrayList<>())
                    .add(chat.id());
        }
        Map<ChatKey, StoredChat> stored = new HashMap<>();
        idsBySource.forEach((source, ids) -> {
            for (List<String> slice : slices(ids)) {
                em
                        .createQuery("select c from StoredChat c where c.externalId in :ids", StoredChat.class)
                        .setParameter("ids", slice)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultList()
                        .stream()
                        .filter(chat -> chat.getSource().equals(source))
                        .forEach(chat -> stored.put(new ChatKey(chat.getSource(), chat.getExternalId()), chat));
            }
        });
        return stored;
    }

    public Optional<StoredChat> find(EntityManager em, String source, String externalId) {
        List<StoredChat> found = em.createQuery(
                        "select c from StoredChat c where c.source = :source and c.externalId = :externalId",
                        StoredChat.class)
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                // no flush of pending changes before the look-up: the natural key finds rows already written
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The change markers the source gave when these chats were last stored, by external id (absent: never stored). */
    public Map<String, String> sourceChangeKeys(EntityManager em, String source, Collection<String> externalIds) {
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

    private static Team team(EntityManager em, String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return null;
        }
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            team = new Team(teamId, teamId);
            em.persist(team);
        }
        return team;
    }

    /** The agent as the chat names it. A chat that shows the agent in another team moves the agent there. */
    private static Agent agent(EntityManager em, Participant participant, Team team) {
        Agent agent = em.find(Agent.class, participant.id());
        if (agent == null) {
            agent = new Agent(participant.id(), participant.name(), team);
            em.persist(agent);
            return agent;
        }
        if (participant.name() != null && !participant.name().equals(agent.getDisplayName())) {
            agent.setDisplayName(participant.name());
        }
        if (team != null && agent.getTeam() != team) {
            agent.setTeam(team);
        }
        return agent;
    }
}
