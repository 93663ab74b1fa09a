package com.towebs.chatqa.ingestion.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.ingestion.persistence.Agent;
import com.towebs.chatqa.ingestion.persistence.StoredChat;
import com.towebs.chatqa.ingestion.persistence.Team;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
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
                .getResultList();
        return found.stream().findFirst();
    }

    /** The change marker the source gave when the chat was last stored, so a source can skip unchanged chats. */
    public Optional<String> sourceChangeKey(EntityManager em, String source, String externalId) {
        return em.createQuery("select c.sourceChangeKey from StoredChat c"
                        + " where c.source = :source and c.externalId = :externalId", String.class)
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
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
