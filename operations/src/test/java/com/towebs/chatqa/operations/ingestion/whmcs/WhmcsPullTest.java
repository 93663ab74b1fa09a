package com.towebs.chatqa.operations.ingestion.whmcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.fakewhmcs.FakeTicket;
import com.towebs.chatqa.fakewhmcs.FakeWhmcsServer;
import com.towebs.chatqa.operations.infrastructure.persistence.ResourceLocalTransactions;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.operations.ingestion.IngestionService;
import com.towebs.chatqa.operations.ingestion.RunReport;
import com.towebs.chatqa.operations.ingestion.redaction.Redactor;
import com.towebs.chatqa.operations.model.RunOutcome;
import com.towebs.chatqa.operations.model.RunTrigger;
import com.towebs.chatqa.operations.model.StoredChat;
import com.towebs.chatqa.operations.repository.ChatRepository;
import com.towebs.chatqa.operations.store.ChatStore;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** From the panel's API to stored, redacted chats, on both databases: paging, re-pulls, growth, faults, resumption. */
class WhmcsPullTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 10, 3, 11, 0, 0);
    private static final ExecutorService FETCHERS = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "whmcs-fetch");
        thread.setDaemon(true);
        return thread;
    });

    private static WhmcsSource source(FakeWhmcsServer panel) {
        WhmcsClient client = new WhmcsClient(
                new WhmcsConfig(URI.create(panel.baseUrl()), "chatqa", "s3cret", Duration.ofMillis(500), 3));
        WhmcsMapping mapping = new WhmcsMapping(
                ZoneId.of("America/Argentina/Buenos_Aires"),
                Map.of("Lucía Gómez", "lucia.gomez"),
                Map.of("1", "hosting", "2", "dominios"),
                null);
        // three GetTicket calls in flight, as on the server
        return new WhmcsSource(
                client, new WhmcsTicketMapper(mapping), new WhmcsSource.Retry(3, Duration.ofMillis(10)), 2, FETCHERS);
    }

    private static FakeTicket ticket(FakeWhmcsServer panel, int n) {
        LocalDateTime at = MORNING.plusMinutes(10L * n);
        return panel.openTicket(
                        1 + n % 2,
                        n % 2 == 0 ? "Hosting" : "Dominios",
                        "consulta " + n,
                        "Cliente " + n,
                        at,
                        "hola, tengo un problema con el sitio " + n)
                .staffReply(at.plusSeconds(30), "Lucía Gómez", "Hola, soy Lucía. ¿Qué error te aparece?");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pullsEverythingOnceThenOnlyWhatChangedAndResumesAfterAFailure(TestDatabase database) throws IOException {
        try (EntityManagerFactory factory = database.freshPersistenceUnit();
                FakeWhmcsServer panel = FakeWhmcsServer.start(0, "chatqa", "s3cret")) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            IngestionService ingestion = new IngestionService(
                    tx, new ChatStore(), new Redactor(), Clock.systemUTC(), "node-a", Duration.ofMinutes(2), () -> {});
            WhmcsSource source = source(panel);
            FakeTicket[] tickets = new FakeTicket[7];
            for (int n = 0; n < tickets.length; n++) {
                tickets[n] = ticket(panel, n);
            }

            RunReport first = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(first.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(first.counts().accepted()).isEqualTo(7);
            assertThat(panel.calls("GetTicket")).isEqualTo(7);

            RunReport again = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(again.counts().received()).isZero();
            assertThat(panel.calls("GetTicket")).isEqualTo(7);

            // the live chat grows; the customer also hands over a password, which must not be stored
            tickets[1].clientReply(MORNING.plusHours(3), "usuario: cliente1 / contraseña: Lobo-Feroz-77");
            RunReport grown = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(grown.counts().updated()).isEqualTo(1);
            assertThat(panel.calls("GetTicket")).isEqualTo(8);

            // three tickets grow; the middle one fails every time: the first is kept, the run fails with the reason
            tickets[4].clientReply(MORNING.plusHours(4), "sigue sin andar");
            tickets[5].clientReply(MORNING.plusHours(5), "sigue sin andar");
            tickets[6].clientReply(MORNING.plusHours(6), "sigue sin andar");
            panel.failTicket(tickets[5].id(), -1);
            RunReport failed = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(failed.failure()).contains("SERVER_ERROR", "GetTicket " + tickets[5].id(), "3 attempts");
            assertThat(failed.counts().updated()).isEqualTo(1);
            assertThat(failed.counts().retries()).isEqualTo(2);

            panel.failTicket(tickets[5].id(), 0);
            RunReport resumed = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(resumed.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(resumed.counts().updated()).isEqualTo(2);

            tx.inTransaction(em -> {
                assertThat(em.createQuery("select count(c) from StoredChat c", Long.class)
                                .getSingleResult())
                        .isEqualTo(7);
                StoredChat chat = new ChatRepository(em)
                        .findByKey("whmcs", "wh-" + tickets[1].id())
                        .orElseThrow();
                assertThat(chat.getMessageCount()).isEqualTo(3);
                assertThat(chat.isCredentialsSupplied()).isTrue();
                assertThat(chat.getMessages().get(2).getBody())
                        .doesNotContain("Lobo-Feroz-77")
                        .contains("[REDACTED:PASSWORD]");
                assertThat(chat.getTeam().getId()).isEqualTo("dominios");
                assertThat(chat.getAgent().getId()).isEqualTo("lucia.gomez");
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedServerOrAnOutageFailsTheRunWithAClearReasonAndStoresNothingTwice(TestDatabase database)
            throws IOException {
        try (EntityManagerFactory factory = database.freshPersistenceUnit();
                FakeWhmcsServer panel = FakeWhmcsServer.start(0, "chatqa", "s3cret")) {
            ResourceLocalTransactions tx = new ResourceLocalTransactions(factory);
            IngestionService ingestion = new IngestionService(
                    tx, new ChatStore(), new Redactor(), Clock.systemUTC(), "node-a", Duration.ofMinutes(2), () -> {});
            WhmcsSource source = source(panel);
            ticket(panel, 0);

            panel.refuseIp(true);
            RunReport refused = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(refused.failure()).contains("FORBIDDEN", "IP allow list");
            panel.refuseIp(false);

            panel.failNext(2, 503); // GetTickets fails twice, then answers: retried within the run
            panel.malformedNext(0);
            RunReport recovered = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(recovered.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(recovered.counts().retries()).isEqualTo(2);
            assertThat(recovered.counts().accepted()).isEqualTo(1);

            panel.delayNext(10, Duration.ofSeconds(1)); // every attempt times out
            ticket(panel, 1);
            RunReport timedOut = ingestion.pull(source, RunTrigger.TIMER);
            assertThat(timedOut.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(timedOut.failure()).contains("TIMEOUT");
        }
    }
}
