package com.towebs.chatqa.operations.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.operations.model.Agent;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.model.Team;
import com.towebs.chatqa.operations.repository.ChatRepository;
import jakarta.persistence.EntityManager;
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
        new ChatRepository(em)
                .findByKey(chat.source(), chat.id())
                .ifPresent(stored -> known.put(ChatKey.of(chat), stored));
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
        ChatRepository chats = new ChatRepository(em);
        String teamId = chat.agent().team();
        Team team = teamId == null || teamId.isBlank() ? null : chats.teamOrNew(teamId);
        stored.takeContent(
                chat,
                agent(chats, chat.agent(), team),
                team,
                hash,
                incoming.sourceChangeKey(),
                incoming.credentialsRequested(),
                incoming.credentialsSupplied(),
                now);
        if (existing == null) {
            chats.add(stored);
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
        ChatRepository repository = new ChatRepository(em);
        Map<ChatKey, StoredChat> stored = new HashMap<>();
        idsBySource.forEach((source, ids) -> repository
                .findByKeys(source, ids)
                .forEach(chat -> stored.put(new ChatKey(chat.getSource(), chat.getExternalId()), chat)));
        return stored;
    }

    /** The agent as the chat names it. A chat that shows the agent in another team moves the agent there. */
    private static Agent agent(ChatRepository chats, Participant participant, Team team) {
        Optional<Agent> known = chats.agent(participant.id());
        if (known.isEmpty()) {
            Agent agent = new Agent(participant.id(), participant.name(), team);
            chats.add(agent);
            return agent;
        }
        known.get().seenAs(participant.name(), team);
        return known.get();
    }
}
