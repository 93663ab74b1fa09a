package com.towebs.chatqa.tools.cli;

import static com.towebs.chatqa.tools.cli.ChatQaCliTest.GOOD;
import static com.towebs.chatqa.tools.cli.ChatQaCliTest.RUDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.RubricWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chatqa calibrate} as a QA analyst or a script uses it. The engine grades c-1 (polite) with GREETING MET,
 * PARAPHRASE MET and COURTESY MET, and c-2 (the same chat, a discourteous agent) with GREETING MET, PARAPHRASE
 * NOT_OBSERVED and COURTESY NOT_MET; the people below agree except on c-2's paraphrase.
 */
class CalibrateCommandTest {

    private static final String LABELS = """
            {"c-1": {"GREETING": "MET", "PARAPHRASE": "MET", "COURTESY": "MET", "customerProfile": []},
             "c-2": {"GREETING": "MET", "PARAPHRASE": "MET", "COURTESY": "NOT_MET", "customerProfile": []}}""";

    @TempDir
    Path folder;

    private final CommandLine cli = new CommandLine();

    private Path file(String name, String... lines) throws IOException {
        return CommandLine.file(folder, name, lines);
    }

    private String labelled(String chat, String expected) {
        return chat.substring(0, chat.length() - 1) + ",\"expected\":" + expected + "}";
    }

    @Test
    void printsAgreementKappaAndDisagreementsPerCriterionAndType() throws IOException {
        int status = cli.run(
                "calibrate",
                "--labels",
                file("labels.json", LABELS).toString(),
                file("chats.jsonl", GOOD, RUDE).toString());

        assertThat(status).isZero();
        assertThat(cli.err.toString()).isEmpty();
        String table = cli.out.toString();
        assertThat(table)
                .contains("Agreement with people's verdicts on 2 chats, rubric "
                        + Rubric.standard().version());
        // GREETING: 2 of 2, people said MET only: kappa undefined
        assertThat(table).containsPattern("GREETING +100\\.0% +n/a +2/2");
        // COURTESY: MET/MET and NOT_MET/NOT_MET: po = 1, pe = (1x1 + 1x1) / 2² = 0.5, kappa = (1 - 0.5) / (1 - 0.5) = 1
        assertThat(table).containsPattern("COURTESY +100\\.0% +1\\.00 +2/2");
        assertThat(table).containsPattern("PARAPHRASE +50\\.0% +n/a +1/2");
        assertThat(table).containsPattern("ANGRY +100\\.0% +n/a +2/2");
        assertThat(table).containsPattern("chats with every verdict right +1 of 2 \\(50\\.0%\\)");
        assertThat(table).containsPattern("COURTESY NOT_MET by people +1: 1 caught \\(100\\.0%\\), 0 missed");
        assertThat(table).containsPattern("COURTESY NOT_MET by the engine only +0");
        assertThat(table)
                .contains("PARAPHRASE: 1 of 2 disagree")
                .containsPattern("c-2 +people MET, engine NOT_OBSERVED");
        assertThat(table).containsPattern("  MET +1 +1\n");
        assertThat(table).doesNotContain("GREETING: ");
    }

    @Test
    void labelledTranscriptsCarryTheirOwnLabelsAndNeedNoPath() throws IOException {
        Path corpus = file(
                "corpus/set-x.jsonl",
                labelled(GOOD, "{\"COURTESY\": \"MET\", \"customerProfile\": []}"),
                labelled(RUDE, "{\"COURTESY\": \"NOT_MET\", \"customerProfile\": []}"));

        assertThat(cli.run("calibrate", "--labels", corpus.getParent().toString()))
                .isZero();

        assertThat(cli.out.toString())
                .containsPattern("COURTESY +100\\.0% +1\\.00 +2/2")
                .doesNotContain("GREETING");
    }

    @Test
    void agreementUnderTheMinimumExitsWithOneAndSaysWhere() throws IOException {
        String labels = file("labels.json", LABELS).toString();
        String chats = file("chats.jsonl", GOOD, RUDE).toString();

        assertThat(cli.run("calibrate", "--labels", labels, "--min", "50", chats))
                .isZero();
        assertThat(cli.out.toString()).containsPattern("below the 50\\.0% minimum +none");

        assertThat(cli.run("calibrate", "--labels", labels, "--min=95%", chats)).isEqualTo(1);
        assertThat(cli.out.toString()).containsPattern("below the 95\\.0% minimum +PARAPHRASE");
        assertThat(cli.err.toString()).contains("below the --min agreement: PARAPHRASE");
    }

    @Test
    void theJsonFormatHoldsTheWholeMeasurement() throws IOException {
        int status = cli.run(
                "calibrate",
                "--format",
                "json",
                "--min",
                "60",
                "--labels",
                file("labels.json", LABELS).toString(),
                file("chats.jsonl", GOOD, RUDE).toString());

        assertThat(status).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("chats").asInt()).isEqualTo(2);
        assertThat(json.get("chatsWithEveryVerdictRight").asInt()).isEqualTo(1);
        JsonNode paraphrase = json.get("criteria").get(1);
        assertThat(paraphrase.get("id").asText()).isEqualTo("PARAPHRASE");
        assertThat(paraphrase.get("agreement").asDouble()).isEqualTo(0.5);
        assertThat(paraphrase.get("kappa").isNull()).isTrue();
        assertThat(paraphrase.get("confusion").get("MET").get("NOT_OBSERVED").asInt())
                .isEqualTo(1);
        assertThat(paraphrase.get("disagreements").get(0).get("chatId").asText())
                .isEqualTo("c-2");
        assertThat(json.get("criteria").get(2).get("kappa").asDouble()).isEqualTo(1.0);
        assertThat(json.get("customerTypes")).hasSize(5);
        JsonNode courtesy = json.get("criticalFailures").get(0);
        assertThat(courtesy.get("criterion").asText()).isEqualTo("COURTESY");
        assertThat(courtesy.get("caught").get(0).asText()).isEqualTo("c-2");
        assertThat(courtesy.get("falseFailures")).isEmpty();
        assertThat(json.get("minimum").asDouble()).isEqualTo(0.6);
        assertThat(json.get("below").get(0).asText()).isEqualTo("PARAPHRASE");
    }

    @Test
    void theRubricIsReadAsEvaluateReadsIt() throws IOException {
        // The built-in rubric without PARAPHRASE, under another version, as the rubric page would write it.
        Rubric standard = Rubric.standard();
        Path rubric = folder.resolve("no-paraphrase.json");
        new RubricWriter()
                .write(
                        new Rubric(
                                "no-paraphrase-1",
                                null,
                                standard.without(CriterionId.PARAPHRASE).rules(),
                                standard.thresholds(),
                                standard.scoring()),
                        rubric);

        int status = cli.run(
                "calibrate",
                "--rubric",
                rubric.toString(),
                "--labels",
                file("labels.json", LABELS).toString(),
                file("chats.jsonl", GOOD, RUDE).toString());

        assertThat(status).isZero();
        assertThat(cli.out.toString())
                .contains("rubric no-paraphrase-1")
                .contains("COURTESY")
                .doesNotContain("PARAPHRASE");
    }

    @Test
    void unreadableRecordsChatsWithoutLabelsAndLabelsWithoutChatsAreReported() throws IOException {
        Path labels = file("labels.json", """
                {"c-1": {"COURTESY": "MET"}, "c-9": {"COURTESY": "MET"}}""");
        Path chats = file("chats.jsonl", GOOD, "{\"id\": \"broken\"", RUDE);

        int status = cli.run("calibrate", "--labels", labels.toString(), chats.toString());

        assertThat(status).isEqualTo(1);
        assertThat(cli.out.toString()).containsPattern("COURTESY +100\\.0% +n/a +1/1");
        assertThat(cli.err.toString())
                .contains("invalid: " + chats + ": record 2")
                .contains("note: chats without labels, not compared (1): c-2")
                .contains("note: labelled chats not under " + chats + ", not compared (1): c-9");
        // No profile in these labels: nothing to say about customer types.
        assertThat(cli.out.toString()).doesNotContain("customer type");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        String labels = file("labels.json", LABELS).toString();
        String chats = file("chats.jsonl", GOOD, RUDE).toString();

        assertThat(cli.run("calibrate", chats)).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--labels LABELS is required");
        assertThat(cli.run("calibrate", "--labels", labels)).isEqualTo(2);
        assertThat(cli.err.toString()).contains("no PATH given");
        assertThat(cli.run("calibrate", "--labels", labels, "--min", "101", chats))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("--min must be a percentage from 0 to 100, was 101");
        assertThat(cli.run("calibrate", "--labels", labels, "--format", "csv", chats))
                .isEqualTo(2);
        assertThat(cli.run("calibrate", "--labels", labels, "--rubric", "no-such-rubric", chats))
                .isEqualTo(2);
        assertThat(cli.run(
                        "calibrate",
                        "--labels",
                        file("other.json", "{\"x-1\": {\"COURTESY\": \"MET\"}}").toString(),
                        chats))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("none of the chats under " + chats + " has labels");
        assertThat(cli.run(
                        "calibrate",
                        "--labels",
                        file("typo.json", "{\"c-1\": {\"COURTESEY\": \"MET\"}}").toString(),
                        chats))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("invalid labels:").contains("unknown label \"COURTESEY\"");
        assertThat(cli.out.toString()).isEmpty();
    }
}
