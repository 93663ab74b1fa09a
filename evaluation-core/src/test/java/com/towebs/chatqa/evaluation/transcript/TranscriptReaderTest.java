package com.towebs.chatqa.evaluation.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptReaderTest {

    private static final String CHAT = """
            {"id":"wh-1","source":"whmcs","status":"closed","agent":{"id":"lucia.gomez","name":"Lucía","team":"hosting"},
             "customer":{"id":"c-1","name":"Pedro"},
             "messages":[{"at":"2026-10-03T14:02:05Z","from":"system","text":"Bienvenido a ToWebs"},
                         {"at":"2026-10-03T11:02:40-03:00","from":"customer","text":"no me salen los mails"}]}""";

    @TempDir
    Path folder;

    private List<TranscriptRecord> read(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return new TranscriptReader().readAll(file);
    }

    private static Chat chat(TranscriptRecord record) {
        assertThat(record).isInstanceOf(TranscriptRecord.Valid.class);
        return ((TranscriptRecord.Valid) record).chat();
    }

    private static TranscriptProblem problem(TranscriptRecord record) {
        assertThat(record).isInstanceOf(TranscriptRecord.Invalid.class);
        return ((TranscriptRecord.Invalid) record).problem();
    }

    @Test
    void readsASinglePrettyPrintedObject() throws IOException {
        Chat chat = chat(read("one.json", CHAT).get(0));
        assertThat(chat.id()).isEqualTo("wh-1");
        assertThat(chat.status()).isEqualTo(ChatStatus.CLOSED);
        assertThat(chat.agent()).isEqualTo(new Participant("lucia.gomez", "Lucía", "hosting"));
        assertThat(chat.messages()).extracting(Message::from).containsExactly(Speaker.SYSTEM, Speaker.CUSTOMER);
        assertThat(chat.messages().get(1).at()).isEqualTo(Instant.parse("2026-10-03T14:02:40Z"));
    }

    @Test
    void readsAnArrayOfChats() throws IOException {
        List<TranscriptRecord> records = read("many.json", "[" + CHAT + ",\n" + CHAT.replace("wh-1", "wh-2") + "]");
        assertThat(records).extracting(r -> chat(r).id()).containsExactly("wh-1", "wh-2");
    }

    @Test
    void readsJsonLines() throws IOException {
        String line = CHAT.replace("\n", " ");
        List<TranscriptRecord> records = read("many.jsonl", line + "\n\n" + line.replace("wh-1", "wh-2") + "\n");
        assertThat(records).extracting(r -> chat(r).id()).containsExactly("wh-1", "wh-2");
    }

    @Test
    void statusDefaultsToOpenAndSourceToFile() throws IOException {
        Chat chat = chat(read("min.json", """
                {"id":"x","agent":{"id":"a"},"messages":[]}""").get(0));
        assertThat(chat.status()).isEqualTo(ChatStatus.OPEN);
        assertThat(chat.source()).isEqualTo("file");
        assertThat(chat.messages()).isEmpty();
    }

    @Test
    void aBrokenLineIsReportedWithFileRecordAndLineAndTheOthersAreStillRead() throws IOException {
        String line = CHAT.replace("\n", " ");
        List<TranscriptRecord> records =
                read("mixed.jsonl", line + "\n{\"id\":\"wh-9\", broken\n" + line.replace("wh-1", "wh-3") + "\n");
        assertThat(records).hasSize(3);
        TranscriptProblem problem = problem(records.get(1));
        assertThat(problem.record()).isEqualTo(2);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.describe())
                .startsWith(folder.resolve("mixed.jsonl") + ": record 2 (line 2): malformed JSON");
        assertThat(chat(records.get(2)).id()).isEqualTo("wh-3");
    }

    @Test
    void anUnknownSpeakerNamesTheMessageAndTheValue() throws IOException {
        String bad = CHAT.replace("\"from\":\"customer\"", "\"from\":\"bot\"").replace("\n", " ");
        TranscriptProblem problem = problem(read("bad.jsonl", bad).get(0));
        assertThat(problem.chatId()).isEqualTo("wh-1");
        assertThat(problem.reason())
                .isEqualTo("messages[1].from must be \"agent\", \"customer\" or \"system\", was \"bot\"");
    }

    @Test
    void aMissingAgentIdIsReported() throws IOException {
        TranscriptProblem problem = problem(read("bad.json", """
                {"id":"x","agent":{"name":"Lucía"},"messages":[]}""").get(0));
        assertThat(problem.reason()).isEqualTo("agent.id is required");
    }

    @Test
    void aTimeWithoutOffsetIsReported() throws IOException {
        TranscriptProblem problem = problem(read("bad.json", """
                {"id":"x","agent":{"id":"a"},"messages":[{"at":"2026-10-03 14:02:05","from":"agent","text":"hola"}]}""").get(0));
        assertThat(problem.reason())
                .isEqualTo("messages[0].at is not an ISO-8601 time with offset or Z: \"2026-10-03 14:02:05\"");
    }

    @Test
    void anInvalidStatusIsReported() throws IOException {
        TranscriptProblem problem = problem(read("bad.json", """
                {"id":"x","status":"pending","agent":{"id":"a"},"messages":[]}""").get(0));
        assertThat(problem.reason()).isEqualTo("status must be \"open\" or \"closed\", was \"pending\"");
    }

    @Test
    void aSyntaxErrorInAnArrayStopsTheFileWithAClearReason() throws IOException {
        List<TranscriptRecord> records = read("arr.json", "[" + CHAT + ", {\"id\": ]");
        assertThat(records).hasSize(2);
        assertThat(problem(records.get(1)).reason()).startsWith("malformed JSON, the rest of the file cannot be read");
    }

    @Test
    void somethingThatIsNotJsonIsReported() throws IOException {
        TranscriptProblem problem =
                problem(read("notes.json", "hola, esto no es un chat").get(0));
        assertThat(problem.reason()).contains("not a transcript");
    }

    @Test
    void anEmptyFileHasNoRecords() throws IOException {
        assertThat(read("empty.jsonl", "\n  \n")).isEmpty();
    }

    @Test
    void anInvalidRecordKeepsItsTextSoItCanBeQuarantined() throws IOException {
        String broken = "{\"id\":\"x\",\"agent\":{\"id\":\"a\"},\"messages\":[{\"at\":\"ayer\"";
        String noAgent = "{\"id\":\"y\",\"messages\":[]}";
        List<TranscriptRecord> records = read("mixed.jsonl", broken + "\n" + noAgent + "\n");

        assertThat(((TranscriptRecord.Invalid) records.get(0)).payload()).isEqualTo(broken);
        assertThat(((TranscriptRecord.Invalid) records.get(1)).payload()).isEqualTo(noAgent);
    }
}
