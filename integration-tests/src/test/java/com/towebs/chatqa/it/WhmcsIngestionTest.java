package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.fakewhmcs.FakeTicket;
import com.towebs.chatqa.fakewhmcs.FakeWhmcsServer;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed server pulls the (fake) WHMCS panel: stores and grades every ticket once, pulls again without
 * storing anything twice, re-grades a live chat that grew (keeping the earlier evaluation), redacts what the
 * customer typed, and resumes after a ticket that kept failing.
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class WhmcsIngestionTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 10, 5, 10, 0, 0);

    private static FakeTicket ticket(FakeWhmcsServer panel, int n) {
        LocalDateTime at = MORNING.plusMinutes(7L * n);
        return panel.openTicket(
                        1 + n % 2,
                        n % 2 == 0 ? "Hosting" : "Dominios",
                        "consulta " + n,
                        "Cliente " + n,
                        at,
                        "hola, no me anda el correo desde ayer")
                .staffReply(
                        at.plusSeconds(35),
                        "Lucía Gómez",
                        "Hola, soy Lucía de ToWebs. Entiendo que no te funciona el correo desde ayer. ¿Qué error te aparece?");
    }

    private static long whmcs(String where) {
        return Application.count("select count(*) from chat where source = 'whmcs'" + where);
    }

    @Test
    void pullsGradesRepullsAndResumes() {
        FakeWhmcsServer panel = ItEnvironment.panel();
        FakeTicket[] tickets = new FakeTicket[6];
        for (int n = 0; n < tickets.length; n++) {
            tickets[n] = ticket(panel, n);
        }

        assertThat(Application.post("/api/v1/ingestion/runs", "").body()).contains("\"accepted\":6", "SUCCEEDED");
        Application.await(
                "six graded chats", Duration.ofSeconds(60), () -> whmcs(" and grading_state = 'GRADED'") == 6);
        assertThat(Application.post("/api/v1/ingestion/runs", "").body()).contains("\"received\":0");
        assertThat(whmcs("")).isEqualTo(6);

        tickets[2].clientReply(
                MORNING.plusHours(2), "dice buzón lleno. te paso los datos: usuario: cli2 / clave: Mate-Amargo-51");
        tickets[2].staffReply(
                MORNING.plusHours(2).plusMinutes(1),
                "Lucía Gómez",
                "Listo, el buzón estaba lleno: liberé espacio y ya recibís correo. ¿Te ayudo con algo más?");
        tickets[2].status("Closed");
        assertThat(Application.post("/api/v1/ingestion/runs", "").body()).contains("\"updated\":1");
        String chatId = "'wh-" + tickets[2].id() + "'";
        Application.await(
                "the grown chat graded again",
                Duration.ofSeconds(60),
                () -> Application.count(
                                "select count(*) from evaluation e join chat c on c.id = e.chat_id where c.external_id = "
                                        + chatId)
                        == 2);
        assertThat(Application.query("select e.reason from evaluation e join chat c on c.id = e.chat_id"
                        + " where c.external_id = " + chatId + " order by e.id"))
                .containsExactly("NEW_CHAT", "CHAT_CHANGED");
        assertThat(Application.count("select count(*) from chat_message m join chat c on c.id = m.chat_id"
                        + " where m.body like '%Mate-Amargo-51%'"))
                .isZero();
        assertThat(whmcs(" and status = 'CLOSED' and credentials_supplied")).isOne();

        tickets[3].clientReply(MORNING.plusHours(3), "sigue igual");
        tickets[4].clientReply(MORNING.plusHours(4), "sigue igual");
        panel.failTicket(tickets[4].id(), -1);
        assertThat(Application.post("/api/v1/ingestion/runs", "").body())
                .contains("FAILED", "GetTicket " + tickets[4].id(), "\"updated\":1");
        panel.failTicket(tickets[4].id(), 0);
        assertThat(Application.post("/api/v1/ingestion/runs", "").body()).contains("SUCCEEDED", "\"updated\":1");
        assertThat(whmcs("")).isEqualTo(6);
    }
}
