package com.towebs.chatqa.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricLoader;
import com.towebs.chatqa.evaluation.rubric.RubricWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a person or a script uses it: output, error reports and exit status. */
class ChatQaCliTest {

    /** A polite chat (c-1) and the same chat with a discourteous agent (c-2): the calibrate tests label them too. */
    static final String GOOD = """
            {"id":"c-1","status":"closed","agent":{"id":"lucia.gomez"},"messages":[
             {"at":"2026-10-03T14:02:05Z","from":"system","text":"Bienvenido a ToWebs, ¿en qué podemos ayudarte?"},
             {"at":"2026-10-03T14:02:40Z","from":"customer","text":"no me salen los mails"},
             {"at":"2026-10-03T14:03:10Z","from":"agent","text":"Entiendo, no podés enviar correos. ¿Te aparece algún error?"},
             {"at":"2026-10-03T14:04:00Z","from":"customer","text":"si, dice que se rechaza el envio. gracias!"}]}""".replace("\n", "");

    static final String RUDE = GOOD.replace("c-1", "c-2")
            .replace(
                    "Entiendo, no podés enviar correos. ¿Te aparece algún error?",
                    "Como ya te dije, es obvio, leé bien.");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ChatQaCli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private List<JsonNode> evaluations() throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                parsed.add(new ObjectMapper().readTree(line));
            }
        }
        return parsed;
    }

    @Test
    void gradesEveryChatAsOneJsonLineInInputOrderAndExitsZero() throws IOException {
        int status = run("evaluate", file("chats.jsonl", GOOD, RUDE).toString());

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        List<JsonNode> lines = evaluations();
        assertThat(lines).extracting(l -> l.get("chatId").asText()).containsExactly("c-1", "c-2");
        JsonNode first = lines.get(0);
        assertThat(first.get("rubric").asText()).isEqualTo("towebs-2026.2");
        assertThat(first.get("criteria")).hasSize(13);
        assertThat(first.get("criteria").get(0).get("id").asText()).isEqualTo("GREETING");
        assertThat(first.get("criteria")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("message")
                        .asInt())
                .isZero();
        assertThat(first.get("criteria")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("quote")
                        .asText())
                .contains("Bienvenido");
        JsonNode rude = lines.get(1);
        assertThat(rude.get("criticalFailure").asBoolean()).isTrue();
        assertThat(rude.get("score").asDouble()).isZero();
        assertThat(rude.get("scoreBeforeCap").asDouble()).isPositive();
    }

    @Test
    void anInvalidRecordIsReportedOnStandardErrorTheOthersAreGradedAndTheExitIsOne() throws IOException {
        Path file = file(
                "mixed.jsonl",
                GOOD,
                "{\"id\":\"c-9\",\"agent\":{\"id\":\"a\"},\"messages\":[{\"from\":\"bot\"}]}",
                RUDE);

        int status = run("evaluate", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(evaluations()).extracting(l -> l.get("chatId").asText()).containsExactly("c-1", "c-2");
        assertThat(err.toString()).contains(file + ": record 2 (line 2), chat c-9: messages[0].at is required");
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/two.json"), RUDE);
        Files.writeString(folder.resolve("a.json"), GOOD);
        Files.writeString(folder.resolve("notes.txt"), "not a transcript");

        assertThat(run("evaluate", folder.toString())).isZero();
        assertThat(evaluations()).extracting(l -> l.get("chatId").asText()).containsExactly("c-1", "c-2");
    }

    @Test
    void theTableFormatIsReadableAndEndsWithASummary() throws IOException {
        assertThat(run(
                        "evaluate",
                        "--format",
                        "table",
                        file("chats.jsonl", GOOD, RUDE).toString()))
                .isZero();
        assertThat(out.toString())
                .contains("chat c-1  agent lucia.gomez  closed  rubric towebs-2026.2")
                .contains("GREETING")
                .contains("critical failure")
                .contains("2 chats graded");
    }

    @Test
    void anotherRubricFileChangesTheGradingWithoutCode() throws IOException {
        Path rubric = file("strict.json", """
                {"version":"strict-1","thresholds":{"holdNoticeWaitSeconds":90,"holdFollowUpSeconds":150,
                  "spellingMetMaxErrorsPer100":1.5,"spellingPartialMaxErrorsPer100":4,"spellingMinWords":5},
                 "scoring":{"requiredPoints":100,"partialCredit":0.5,"criticalFailureCap":50},
                 "criteria":[{"id":"GREETING","kind":"REQUIRED","weight":1},{"id":"COURTESY","kind":"CRITICAL","weight":1}]}""");

        assertThat(run(
                        "evaluate",
                        "--rubric",
                        rubric.toString(),
                        file("chats.jsonl", GOOD, RUDE).toString()))
                .isZero();

        List<JsonNode> lines = evaluations();
        assertThat(lines.get(0).get("rubric").asText()).isEqualTo("strict-1");
        assertThat(lines.get(0).get("criteria"))
                .extracting(c -> c.get("id").asText())
                .containsExactly("GREETING", "COURTESY");
        assertThat(lines.get(0).get("score").asDouble()).isEqualTo(100.0);
        assertThat(lines.get(1).get("score").asDouble()).isEqualTo(50.0);
    }

    /** The README's example: a phrase a QA analyst adds to the courtesy cues of a version of its own. */
    private static final String TOLD_YOU_BEFORE = """
                  - id: told-you-before
                    reason: 'Reproach for having to repeat, in the pluperfect.'
                    phrases:
                      - 'ya te lo había dicho'
                      - 'ya se lo había explicado'
                    examples:
                      - 'Ya te lo habia dicho, reiniciá el router'
                    nearMisses:
                      - 'ya te lo había mandado por mail'
            """;

    private static Rubric load(Path version) throws IOException {
        try {
            return new RubricLoader().load(version);
        } catch (RubricLoader.InvalidRubricException e) {
            throw new AssertionError(e);
        }
    }

    private Path versionWithTheNewPhrase() throws IOException {
        Path version = folder.resolve("towebs-2026.3");
        new RubricWriter().writeFolder(Rubric.standard(), version);
        Files.writeString(version.resolve("cues/criteria/courtesy.yaml"), TOLD_YOU_BEFORE, StandardOpenOption.APPEND);
        return version;
    }

    @Test
    void aRubricVersionFolderOrArchiveGradesWithItsOwnCues() throws IOException {
        Path chats = file("chats.jsonl", GOOD.replace("Entiendo, no podés", "Ya te lo había dicho: no podés"));
        Path version = versionWithTheNewPhrase();
        Path archive = folder.resolve("towebs-2026.3.zip");
        try (var out = Files.newOutputStream(archive)) {
            new RubricWriter().writeArchive(load(version), out);
        }

        assertThat(run("evaluate", chats.toString())).isZero();
        assertThat(run("evaluate", "--rubric", version.toString(), chats.toString()))
                .isZero();
        assertThat(run("evaluate", "--rubric", archive.toString(), chats.toString()))
                .isZero();

        assertThat(evaluations())
                .extracting(e -> e.get("criteria").get(9).get("verdict").asText())
                .containsExactly("MET", "NOT_MET", "NOT_MET");
        assertThat(evaluations()
                        .get(1)
                        .get("criteria")
                        .get(9)
                        .get("evidence")
                        .get(0)
                        .get("quote")
                        .asText())
                .isEqualTo("Ya te lo había dicho");
    }

    @Test
    void aCueThatMissesItsOwnExampleIsAUsageErrorNamingItsFileAndLine() throws IOException {
        Path version = versionWithTheNewPhrase();
        Path courtesy = version.resolve("cues/criteria/courtesy.yaml");
        Files.writeString(courtesy, Files.readString(courtesy).replace("          - 'ya te lo había dicho'\n", ""));
        List<String> lines = Files.readAllLines(courtesy);

        assertThat(run(
                        "evaluate",
                        "--rubric",
                        version.toString(),
                        file("c.json", GOOD).toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("invalid rubric")
                .contains("cues/criteria/courtesy.yaml:"
                        + (lines.indexOf("          - 'Ya te lo habia dicho, reiniciá el router'") + 1)
                        + ": cue told-you-before misses its example \"Ya te lo habia dicho, reiniciá el router\"");
    }

    @Test
    void notesSayWhyInSpanishUnlessEnglishIsAskedFor() throws IOException {
        Path chats = file("chats.jsonl", RUDE);

        assertThat(run("evaluate", chats.toString())).isZero();
        assertThat(run("evaluate", "--lang", "en", chats.toString())).isZero();
        assertThat(run("evaluate", "--lang=es", "--format", "table", chats.toString()))
                .isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(new ObjectMapper()
                        .readTree(lines.get(0))
                        .get("criteria")
                        .get(9)
                        .get("note")
                        .asText())
                .isEqualTo("un mensaje del agente es descortés");
        assertThat(new ObjectMapper()
                        .readTree(lines.get(1))
                        .get("criteria")
                        .get(9)
                        .get("note")
                        .asText())
                .isEqualTo("a discourteous agent message");
        assertThat(out.toString()).contains("— un mensaje del agente es descortés");
        assertThat(run("evaluate", "--lang", "fr", chats.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be es or en");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(run("evaluate", "--format", "xml", file("c.json", GOOD).toString()))
                .isEqualTo(2);
        assertThat(run("evaluate", "--verbose", file("c.json", GOOD).toString()))
                .isEqualTo(2);
        assertThat(run("evaluate", folder.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(run("grade", file("c.json", GOOD).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("usage: chatqa evaluate");
    }

    @Test
    void anInvalidRubricFileIsAUsageError() throws IOException {
        Path rubric = file("bad.json", "{\"version\":\"x\"}");
        assertThat(run(
                        "evaluate",
                        "--rubric",
                        rubric.toString(),
                        file("c.json", GOOD).toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("invalid rubric").contains("criteria is required");
    }

    @Test
    void theTableNeverPassesControlCharactersToTheTerminal() throws IOException {
        String escape = GOOD.replace("no me salen los mails", "no me salen \\u001b[31mlos mails\\u0007");
        assertThat(run(
                        "evaluate",
                        "--format",
                        "table",
                        file("esc.jsonl", escape).toString()))
                .isZero();
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
