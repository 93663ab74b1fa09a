package com.towebs.chatqa.operations.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.operations.TestChats;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.model.GradingState;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.repository.ChatRepository;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChatStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private final ChatStore store = new ChatStore();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesNewChangedAndUnchangedChatsOnce(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            Chat first = TestChats.mailChat("wh-1", ChatStatus.OPEN, 4);
            Chat grown = TestChats.mailChat("wh-1", ChatStatus.CLOSED, 8);

            assertThat(put(tx, first)).isEqualTo(StoreOutcome.ACCEPTED);
            assertThat(put(tx, first)).isEqualTo(StoreOutcome.UNCHANGED);
            assertThat(put(tx, grown)).isEqualTo(StoreOutcome.UPDATED);
            assertThat(put(tx, grown)).isEqualTo(StoreOutcome.UNCHANGED);

            tx.inTransaction(em -> {
                StoredChat stored =
                        new ChatRepository(em).findByKey("test", "wh-1").orElseThrow();
                assertThat(stored.getMessageCount()).isEqualTo(8);
                assertThat(stored.getStatus()).isEqualTo(ChatStatus.CLOSED);
                assertThat(stored.getGradingState()).isEqualTo(GradingState.PENDING);
                assertThat(stored.toTranscript()).isEqualTo(grown);
                assertThat(em.createQuery("select count(c) from StoredChat c", Long.class)
                                .getSingleResult())
                        .isOne();
                assertThat(em.createNativeQuery("select count(*) from chat_message")
                                .getSingleResult())
                        .asString()
                        .isEqualTo("8");
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAgentSeenInAnotherTeamMovesButEachChatKeepsItsTeam(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            Chat october = TestChats.mailChat("wh-1", ChatStatus.CLOSED, 3);
            Chat november = withTeam(TestChats.mailChat("wh-2", ChatStatus.CLOSED, 3), "dominios");

            tx.inTransaction(em -> store.store(em, incoming(october), NOW));
            tx.inTransaction(em -> store.store(em, incoming(november), NOW));

            tx.inTransaction(em -> {
                assertThat(new ChatRepository(em)
                                .findByKey("test", "wh-1")
                                .orElseThrow()
                                .getTeam()
                                .getId())
                        .isEqualTo("hosting");
                assertThat(new ChatRepository(em)
                                .findByKey("test", "wh-2")
                                .orElseThrow()
                                .getTeam()
                                .getId())
                        .isEqualTo("dominios");
                assertThat(new ChatRepository(em)
                                .findByKey("test", "wh-2")
                                .orElseThrow()
                                .getAgent()
                                .getTeam()
                                .getId())
                        .isEqualTo("dominios");
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchReadsItsStoredChatsInOneGoAndStoresARepeatedChatOnce(TestDatabase database) {
        try (EntityManagerFactory factory = database.freshPersistenceUnit()) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            Chat stored = TestChats.mailChat("wh-1", ChatStatus.OPEN, 4);
            Chat sameIdOtherSource = withSource(TestChats.mailChat("wh-2", ChatStatus.CLOSED, 3), "drop-folder");
            put(tx, stored);
            put(tx, sameIdOtherSource);

            Chat grown = TestChats.mailChat("wh-1", ChatStatus.CLOSED, 6);
            Chat fresh = TestChats.mailChat("wh-2", ChatStatus.CLOSED, 3);
            List<StoreOutcome> outcomes = tx.inTransaction(em -> {
                Map<ChatStore.ChatKey, StoredChat> known = store.stored(em, List.of(grown, fresh, fresh));
                assertThat(known).containsOnlyKeys(new ChatStore.ChatKey("test", "wh-1"));
                return List.of(
                        store.store(em, incoming(grown), known, NOW),
                        store.store(em, incoming(fresh), known, NOW),
                        store.store(em, incoming(fresh), known, NOW));
            });

            assertThat(outcomes).containsExactly(StoreOutcome.UPDATED, StoreOutcome.ACCEPTED, StoreOutcome.UNCHANGED);
            tx.inTransaction(em -> {
                assertThat(em.createQuery("select count(c) from StoredChat c", Long.class)
                                .getSingleResult())
                        .isEqualTo(3);
                assertThat(new ChatRepository(em)
                                .findByKey("test", "wh-1")
                                .orElseThrow()
                                .getMessageCount())
                        .isEqualTo(6);
                assertThat(new ChatRepository(em)
                                .findByKey("drop-folder", "wh-2")
                                .orElseThrow()
                                .getMessageCount())
                        .isEqualTo(3);
                return null;
            });
        }
    }

    private static Chat withSource(Chat chat, String source) {
        return new Chat(chat.id(), source, chat.status(), chat.agent(), chat.customer(), chat.messages());
    }

    private static Chat withTeam(Chat chat, String team) {
        return new Chat(
                chat.id(),
                chat.source(),
                chat.status(),
                new com.towebs.chatqa.evaluation.transcript.Participant(
                        chat.agent().id(), chat.agent().name(), team),
                chat.customer(),
                chat.messages());
    }

    private StoreOutcome put(ResourceLocalTransactions tx, Chat chat) {
        return tx.inTransaction(em -> store.store(em, incoming(chat), NOW));
    }

    private static IncomingChat incoming(Chat chat) {
        return new IncomingChat(chat, false, false, null);
    }
}
