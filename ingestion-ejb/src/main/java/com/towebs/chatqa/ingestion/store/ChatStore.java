package com.towebs.chatqa.ingestion.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.ingestion.persistence.Agent;
import com.towebs.chatqa.ingestion.persistence.StoredChat;
import com.towebs.chatqa.ingestion.persistence.Team;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import java.time.Instant;
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

    public StoreOutcome store(EntityManager em, IncomingChat incoming, Instant now) {
        Chat chat = incoming.chat();
        String hash = ContentHash.of(chat);
        Optional<StoredChat> existing = find(em, chat.source(), chat.id());
        if (existing.isPresent() && existing.get().getContentHash().equals(hash)) {
            // the source may have moved its marker without changing anything graded: remember it, so the
            // source does not fetch this chat again
            existing.get().noteSourceChangeKey(incoming.sourceChangeKey());
            return StoreOutcome.UNCHANGED;
        }
        StoredChat stored = existing.orElseGet(() -> new StoredChat(chat.source(), chat.id(), now));
        Team team = team(em, chat.agent().team());
        stored.takeContent(chat, agent(em, chat.agent(), team), team, hash, incoming.sourceChangeKey(),
                incoming.credentialsRequested(), incoming.credentialsSupplied(), now);
        if (existing.isEmpty()) {
            em.persist(stored);
            return StoreOutcome.ACCEPTED;
        }
        return StoreOutcome.UPDATED;
    }

    public Optional<StoredChat> find(EntityManager em, String source, String externalId) {
        List<StoredChat> found = em.createQuery(
                        "select c from StoredChat c where c.source = :source and c.externalId = :externalId",
                        StoredChat.class)
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                // no flush of the step's pending chats before each look-up: dirty-checking them all for every record
                // made a step quadratic; the natural key finds rows already written, and a duplicate within one step
                // is caught by the unique constraint and stored again on its own
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The change markers the source gave when these chats were last stored, by external id (absent: never stored). */
    public Map<String, String> sourceChangeKeys(EntityManager em, String source, Collection<String> externalIds) {
        Map<String, String> keys = new HashMap<>();
        List<String> ids = List.copyOf(externalIds);
        // in slices: an IN list of thousands of parameters is slow or refused by some databases
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            em.createQuery("select c.externalId, c.sourceChangeKey from StoredChat c"
                            + " where c.source = :source and c.externalId in :ids", Object[].class)
                    .setParameter("source", source)
                    .setParameter("ids", slice)
                    .getResultList()
                    .forEach(row -> {
                        if (row[1] != null) {
                            keys.put((String) row[0], (String) row[1]);
                        }
                    });
        }
        return keys;
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
