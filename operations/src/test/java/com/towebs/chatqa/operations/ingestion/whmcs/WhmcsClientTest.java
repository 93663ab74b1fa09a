package com.towebs.chatqa.operations.ingestion.whmcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import com.towebs.chatqa.fakewhmcs.FakeTicket;
import com.towebs.chatqa.fakewhmcs.FakeWhmcsServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhmcsClientTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 10, 3, 11, 2, 5);
    private FakeWhmcsServer panel;
    private WhmcsClient client;

    @BeforeEach
    void start() throws IOException {
        panel = FakeWhmcsServer.start(0, "chatqa", "s3cret");
        client = new WhmcsClient(
                new WhmcsConfig(URI.create(panel.baseUrl()), "chatqa", "s3cret", Duration.ofMillis(800), 2));
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    private FakeTicket mailTicket() {
        return panel.openTicket(
                        1, "Hosting", "No salen los mails", "Pedro Gómez", MORNING, "hola\r\nno me salen los mails")
                .staffReply(MORNING.plusSeconds(40), "Lucía Gómez", "Hola Pedro, ¿te aparece algún error?")
                .clientReply(MORNING.plusSeconds(90), "dice buzón lleno &amp; nada más");
    }

    @Test
    void listsEveryPageWithNumbersSentAsStrings() throws WhmcsException {
        for (int i = 0; i < 5; i++) {
            mailTicket();
        }
        List<TicketSummary> all = new ArrayList<>();
        for (int start = 0; ; ) {
            TicketPage page = client.listTickets(start);
            assertThat(page.totalResults()).isEqualTo(5);
            all.addAll(page.tickets());
            start += page.tickets().size();
            if (page.tickets().isEmpty() || start >= page.totalResults()) {
                break;
            }
        }
        assertThat(all).hasSize(5).extracting(TicketSummary::id).doesNotHaveDuplicates();
        assertThat(all.get(0).lastReply()).isEqualTo("2026-10-03 11:03:35");
        assertThat(panel.calls("GetTickets")).isEqualTo(3);
    }

    @Test
    void readsATicketAndMapsItInThePanelsZone() throws Exception {
        FakeTicket ticket = mailTicket();
        WhmcsTicket read = client.getTicket(Integer.toString(ticket.id()));
        Chat chat = new WhmcsTicketMapper(new WhmcsMapping(
                        ZoneId.of("America/Argentina/Buenos_Aires"),
                        Map.of("Lucía Gómez", "lucia.gomez"),
                        Map.of("1", "hosting"),
                        null))
                .toChat(read);

        assertThat(chat.id()).isEqualTo("wh-" + ticket.id());
        assertThat(chat.source()).isEqualTo("whmcs");
        assertThat(chat.status()).isEqualTo(ChatStatus.OPEN);
        assertThat(chat.agent().id()).isEqualTo("lucia.gomez");
        assertThat(chat.agent().team()).isEqualTo("hosting");
        assertThat(chat.messages())
                .extracting(m -> m.from())
                .containsExactly(Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER);
        assertThat(chat.messages().get(0).text()).isEqualTo("hola\nno me salen los mails");
        assertThat(chat.messages().get(0).at()).isEqualTo(Instant.parse("2026-10-03T14:02:05Z"));
        assertThat(chat.messages().get(2).text()).isEqualTo("dice buzón lleno & nada más");

        ticket.status("Closed");
        assertThat(new WhmcsTicketMapper(new WhmcsMapping(ZoneId.of("UTC"), Map.of(), Map.of(), null))
                        .toChat(client.getTicket(Integer.toString(ticket.id()))))
                .satisfies(closed -> {
                    assertThat(closed.status()).isEqualTo(ChatStatus.CLOSED);
                    assertThat(closed.agent().id()).isEqualTo("lucia.gomez"); // unmapped staff: a slug of the name
                    assertThat(closed.agent().team()).isEqualTo("hosting"); // unmapped department: its name
                });
    }

    @Test
    void eachFaultBecomesItsKindAndOnlyPassingOnesAreRetryable() {
        FakeTicket ticket = mailTicket();
        String id = Integer.toString(ticket.id());

        panel.failNext(1, 503);
        assertFault(() -> client.getTicket(id), WhmcsException.Kind.SERVER_ERROR, true);
        panel.delayNext(1, Duration.ofSeconds(2));
        assertFault(() -> client.getTicket(id), WhmcsException.Kind.TIMEOUT, true);
        panel.malformedNext(1);
        assertFault(() -> client.listTickets(0), WhmcsException.Kind.MALFORMED_RESPONSE, true);
        panel.refuseIp(true);
        assertFault(() -> client.listTickets(0), WhmcsException.Kind.FORBIDDEN, false);
        panel.refuseIp(false);
        assertFault(() -> client.getTicket("99999"), WhmcsException.Kind.API_ERROR, false);
        WhmcsClient wrongSecret = new WhmcsClient(
                new WhmcsConfig(URI.create(panel.baseUrl()), "chatqa", "nope", Duration.ofSeconds(2), 25));
        assertFault(() -> wrongSecret.listTickets(0), WhmcsException.Kind.FORBIDDEN, false);
    }

    @Test
    void errorsNeverCarryTheSecretOrMessageText() {
        panel.refuseIp(true);
        assertThatThrownBy(() -> client.listTickets(0)).message().doesNotContain("s3cret");
        assertThat(new WhmcsConfig(URI.create(panel.baseUrl()), "chatqa", "s3cret", Duration.ofSeconds(1), 5)
                        .toString())
                .doesNotContain("s3cret");
    }

    private interface Call {
        void run() throws WhmcsException;
    }

    private static void assertFault(Call call, WhmcsException.Kind kind, boolean retryable) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(WhmcsException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.isRetryable()).isEqualTo(retryable);
        });
    }
}
