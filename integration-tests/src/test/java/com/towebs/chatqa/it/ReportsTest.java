package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From pushed chats to the warehouse, a team's monthly PDF (archived: the same bytes twice) and the Excel export. */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class ReportsTest {

    @Test
    void monthlyPdfsAndTheExcelExportComeFromTheWarehouse() {
        StringBuilder chats = new StringBuilder();
        for (int day = 1; day <= 4; day++) {
            chats.append(PushAndDropFolderTest.chat(
                                    "rep-" + day,
                                    "closed",
                                    "Bienvenido a ToWebs",
                                    "hola, no me anda el mail",
                                    "Hola, entiendo que no te funciona el correo. ¿Qué error aparece?",
                                    "=HYPERLINK(\\\"http://x\\\")")
                            .replace("2026-10-03", "2026-10-0" + day)
                            .replace("\"team\":\"hosting\"", "\"team\":\"reportes\""))
                    .append('\n');
        }
        assertThat(Application.post("/api/v1/chats", chats.toString()).body()).contains("\"accepted\":4");
        Application.await(
                "the chats graded and in the warehouse",
                Duration.ofSeconds(60),
                () -> Application.count(
                                "select count(*) from fact_chat_evaluation f join dim_team t on t.team_key = f.team_key"
                                        + " where t.team_id = 'reportes'")
                        == 4);

        String hr = ItEnvironment.userToken("marta.ibanez");
        HttpResponse<byte[]> pdf = Application.get("/api/v1/reports/teams/reportes/2026-10", hr);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Application.get("/api/v1/reports/teams/reportes/2026-10", hr).body())
                .isEqualTo(pdf.body());
        assertThat(Application.count("select count(*) from report_archive where subject_id = 'reportes'"))
                .isOne();
        assertThat(Application.get("/api/v1/reports/agents/lucia.gomez/2026-10?lang=en", hr)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> xlsx =
                Application.get("/api/v1/exports/evaluations?from=2026-10&to=2026-10&team=reportes", hr);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(xlsx.body(), 2), StandardCharsets.US_ASCII))
                .isEqualTo("PK");

        assertThat(Application.get("/api/v1/reports/teams/nadie/2026-10", hr).statusCode())
                .isEqualTo(404);
        assertThat(Application.get("/api/v1/reports/teams/reportes/octubre", hr).statusCode())
                .isEqualTo(400);
        assertThat(Application.get("/api/v1/reports/teams/reportes/2026-10", "wrong")
                        .statusCode())
                .isEqualTo(401);
    }
}
