package com.towebs.chatqa.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chats pushed to the API and dropped into the folder are redacted, stored once, graded, or quarantined. Runs
 * against the server exactly as the build provisioned it, with chatqa.ear deployed (no test deployment).
 */
@ExtendWith({ItEnvironment.class, ArquillianExtension.class})
class PushAndDropFolderTest {

    private static final Duration GRADING = Duration.ofSeconds(60);

    static String chat(String id, String status, String... texts) {
        StringBuilder messages = new StringBuilder();
        String[] speakers = {"system", "customer", "agent"};
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                messages.append(',');
            }
            messages.append("{\"at\":\"2026-10-03T14:")
                    .append(String.format("%02d", i))
                    .append(":05Z\",\"from\":\"")
                    .append(i == 0 ? "system" : speakers[1 + (i + 1) % 2])
                    .append("\",\"text\":\"")
                    .append(texts[i])
                    .append("\"}");
        }
        return "{\"id\":\"" + id + "\",\"status\":\"" + status
                + "\",\"agent\":{\"id\":\"lucia.gomez\",\"name\":\"Lucía Gómez\","
                + "\"team\":\"hosting\"},\"customer\":{\"id\":\"c-1\",\"name\":\"Pedro\"},\"messages\":[" + messages
                + "]}";
    }

    @Test
    void pushedChatsAreStoredOnceGradedAndAnsweredPerRecord() {
        String first = chat(
                "push-1",
                "open",
                "Bienvenido a ToWebs",
                "hola no me salen los mails",
                "Hola Pedro, entiendo que no podés enviar correos. ¿Te aparece algún error?");
        String second = chat(
                "push-2",
                "closed",
                "Bienvenido a ToWebs",
                "quiero renovar el dominio",
                "Hola, claro. Ya te renové el dominio, vence el año que viene.",
                "gracias!!");
        String broken = "{\"id\":\"push-3\",\"messages\":[]}";

        HttpResponse<String> response =
                Application.post("/api/v1/chats", "[" + first + "," + second + "," + broken + "]");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":2", "\"rejected\":1", "agent is required");
        assertThat(Application.post("/api/v1/chats", "[" + first + "," + second + "]")
                        .body())
                .contains("\"unchanged\":2", "\"accepted\":0");
        String grown = chat(
                "push-1",
                "closed",
                "Bienvenido a ToWebs",
                "hola no me salen los mails",
                "Hola Pedro, entiendo que no podés enviar correos. ¿Te aparece algún error?",
                "dice buzon lleno",
                "Listo, liberé espacio en el buzón y ya podés enviar. ¿Algo más en lo que pueda ayudarte?");
        assertThat(Application.post("/api/v1/chats", grown).body()).contains("\"updated\":1");

        Application.await(
                "both chats are graded",
                GRADING,
                () -> Application.count(
                                "select count(*) from chat where external_id in ('push-1', 'push-2') and grading_state = 'GRADED'")
                        == 2);
        assertThat(Application.query("select e.message_count from evaluation e join chat c on c.id = e.chat_id"
                        + " where c.external_id = 'push-1' order by e.id"))
                .containsAnyOf("3", "5")
                .contains("5");
        assertThat(Application.count("select count(*) from evaluation e join chat c on c.id = e.chat_id"
                        + " where c.external_id = 'push-1' and e.is_current"))
                .isOne();
        assertThat(Application.count(
                        "select count(*) from criterion_result r join evaluation e on e.id = r.evaluation_id"
                                + " join chat c on c.id = e.chat_id where c.external_id = 'push-2' and e.is_current"))
                .isEqualTo(13);
        assertThat(Application.query(
                        "select reason from quarantined_record where source = 'push' and payload like '%push-3%'"))
                .singleElement()
                .asString()
                .contains("record 3", "agent is required");
    }

    @Test
    void theApiRefusesRequestsWithoutTheToken() {
        assertThat(Application.post("/api/v1/chats", chat("x", "open", "hola"), null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(Application.post("/api/v1/chats", chat("x", "open", "hola"), "wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(Application.post("/api/v1/ingestion/runs", "", "wrong").statusCode())
                .isEqualTo(401);
        // signed in, but an agent: the service layer refuses
        assertThat(Application.post("/api/v1/chats", chat("x", "open", "hola"), ItEnvironment.userToken("diego.acosta"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void passwordsCustomersTypeNeverReachTheDatabase() {
        String secret = "Tango-Pampa-8841";
        String chat = chat(
                "secret-1",
                "closed",
                "Bienvenido a ToWebs",
                "no puedo entrar al cpanel",
                "Hola, ¿me pasás tu usuario y contraseña del cPanel para revisar?",
                "usuario: pedrog / contraseña: " + secret);

        assertThat(Application.post("/api/v1/chats", chat).statusCode()).isEqualTo(200);

        assertThat(Application.count("select count(*) from chat where external_id = 'secret-1'"
                        + " and credentials_requested and credentials_supplied"))
                .isOne();
        assertThat(Application.query("select m.body from chat_message m join chat c on c.id = m.chat_id"
                        + " where c.external_id = 'secret-1' and m.message_index = 3"))
                .singleElement()
                .asString()
                .contains("[REDACTED:PASSWORD]");
        for (String column : Application.textColumns()) {
            String[] parts = column.split("\\.");
            assertThat(Application.count(
                            "select count(*) from " + parts[0] + " where " + parts[1] + " like ?", "%" + secret + "%"))
                    .as(column)
                    .isZero();
        }
    }

    @Test
    void droppedFilesAreIngestedAndMovedAside() throws IOException {
        Path file = ItEnvironment.dropFolder().resolve("turno-tarde.jsonl");
        Files.writeString(
                file, chat("drop-1", "closed", "Bienvenido", "hola", "Hola, ¿en qué te ayudo?") + "\n" + "{not json\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        HttpResponse<String> response = Application.post("/api/v1/ingestion/runs", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":1", "\"rejected\":1");
        assertThat(file).doesNotExist();
        assertThat(ItEnvironment.dropFolder().resolve("processed/turno-tarde.jsonl"))
                .exists();
        assertThat(Application.count("select count(*) from chat where external_id = 'drop-1'"))
                .isOne();
        assertThat(Application.query("select reason from quarantined_record where source = 'drop-folder'"))
                .singleElement()
                .asString()
                .contains("turno-tarde.jsonl", "record 2", "malformed JSON");
    }

    @Test
    void aQuarantinedRecordCanBeListedRetriedAndDiscarded() {
        String noAgent = "{\"id\":\"q-1\",\"messages\":[{\"at\":\"2026-10-03T14:00:00Z\",\"from\":\"customer\","
                + "\"text\":\"mi clave es Ombu-Sauce-3141\"}]}";
        assertThat(Application.post("/api/v1/chats", noAgent).statusCode()).isEqualTo(422);
        String id = Application.query(
                        "select cast(id as varchar(20)) from quarantined_record where reference like 'request%'"
                                + " and payload like '%q-1%'")
                .get(0);

        String qaAdmin = ItEnvironment.userToken("julian.ortiz");
        assertThat(Application.get("/api/v1/quarantine").statusCode())
                .as("the push client is no QA admin")
                .isEqualTo(403);
        HttpResponse<byte[]> list = Application.get("/api/v1/quarantine", qaAdmin);
        assertThat(new String(list.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("agent is required", "[REDACTED:PASSWORD]")
                .doesNotContain("Ombu-Sauce-3141");
        assertThat(Application.post("/api/v1/quarantine/" + id + "/retry", "", qaAdmin)
                        .body())
                .contains("agent is required");
        assertThat(Application.count("select attempts from quarantined_record where id = " + id))
                .isEqualTo(2);
        assertThat(Application.post("/api/v1/quarantine/" + id + "/discard", "", qaAdmin)
                        .statusCode())
                .isEqualTo(204);
        assertThat(Application.query("select state from quarantined_record where id = " + id))
                .containsExactly("DISCARDED");
    }
}
