package com.towebs.chatqa.evaluation.calibration;

import static com.towebs.chatqa.evaluation.Verdict.MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_OBSERVED;
import static com.towebs.chatqa.evaluation.profile.CustomerType.ANGRY;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.COURTESY;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.GREETING;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.PARAPHRASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.evaluation.calibration.HumanVerdictsReader.InvalidLabelsException;
import com.towebs.chatqa.evaluation.calibration.HumanVerdictsReader.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People's verdicts are read from a labels file or inline from labelled transcripts, and mistakes are named. */
class HumanVerdictsReaderTest {

    private static final String MESSAGES = "\"agent\":{\"id\":\"a\"},\"messages\":[]";

    @TempDir
    Path folder;

    private final HumanVerdictsReader reader = new HumanVerdictsReader();

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void readsALabelsFileKeyedByChatId() throws Exception {
        Labels labels = reader.read(file("labels.json", """
                {"wh-1": {"GREETING": "MET", "COURTESY": "NOT_MET", "customerProfile": ["ANGRY"]},
                 "wh-2": {"PARAPHRASE": "NOT_OBSERVED"}}"""));

        assertThat(labels.inline()).isFalse();
        assertThat(labels.byChat()).containsOnlyKeys("wh-1", "wh-2");
        HumanVerdicts first = labels.byChat().get("wh-1");
        assertThat(first.criteria()).isEqualTo(Map.of(GREETING, MET, COURTESY, NOT_MET));
        assertThat(first.customerProfile()).contains(Set.of(ANGRY));
        // Without customerProfile the person did not judge the profile: nothing to compare, not "no type".
        HumanVerdicts second = labels.byChat().get("wh-2");
        assertThat(second.verdict(PARAPHRASE)).contains(NOT_OBSERVED);
        assertThat(second.customerProfile()).isEmpty();
    }

    @Test
    void readsTheLabelsInlineInLabelledJsonLines() throws Exception {
        Labels labels = reader.read(file("set.jsonl", """
                {"id": "a-1", %s, "expected": {"GREETING": "MET", "customerProfile": []}, "labelNote": "why"}
                {"id": "a-2", %s, "expected": {"GREETING": "NOT_MET", "customerProfile": ["ANGRY"]}}
                """.formatted(MESSAGES, MESSAGES)));

        assertThat(labels.inline()).isTrue();
        assertThat(labels.byChat()).containsOnlyKeys("a-1", "a-2");
        assertThat(labels.byChat().get("a-1").customerProfile()).contains(Set.of());
        assertThat(labels.byChat().get("a-2").verdict(GREETING)).contains(NOT_MET);
    }

    @Test
    void readsTheLabelsInlineInAnArrayOfTranscripts() throws Exception {
        Labels labels = reader.read(file("set.json", """
                [{"id": "a-1", %s, "expected": {"GREETING": "MET"}},
                 {"id": "a-2", %s, "expected": {"GREETING": "MET"}}]""".formatted(MESSAGES, MESSAGES)));

        assertThat(labels.inline()).isTrue();
        assertThat(labels.byChat()).containsOnlyKeys("a-1", "a-2");
    }

    @Test
    void aMisspeltCriterionIsRefusedWithTheKnownNames() throws IOException {
        Path labels = file("labels.json", "{\"wh-1\": {\"GREETINGS\": \"MET\"}}");

        assertThatThrownBy(() -> reader.read(labels))
                .isInstanceOf(InvalidLabelsException.class)
                .hasMessageContaining(labels.toString())
                .hasMessageContaining("wh-1")
                .hasMessageContaining("unknown label \"GREETINGS\"")
                .hasMessageContaining("customerProfile");
    }

    @Test
    void anUnknownVerdictOrTypeIsRefused() throws IOException {
        Path verdict = file("verdict.json", "{\"wh-1\": {\"GREETING\": \"YES\"}}");
        Path type = file("type.json", "{\"wh-1\": {\"customerProfile\": [\"GRUMPY\"]}}");

        assertThatThrownBy(() -> reader.read(verdict)).hasMessageContaining("unknown GREETING verdict \"YES\"");
        assertThatThrownBy(() -> reader.read(type)).hasMessageContaining("unknown customer type \"GRUMPY\"");
    }

    @Test
    void aTranscriptWithoutLabelsIsRefusedWithItsRecord() throws IOException {
        Path set = file("set.jsonl", """
                {"id": "a-1", %s, "expected": {"GREETING": "MET"}}
                {"id": "a-2", %s}
                """.formatted(MESSAGES, MESSAGES));

        assertThatThrownBy(() -> reader.read(set))
                .isInstanceOf(InvalidLabelsException.class)
                .hasMessageContaining("record 2")
                .hasMessageContaining("chat a-2 has no labels in \"expected\"");
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() throws IOException {
        Path set = file("set.jsonl", """
                {"id": "a-1", %s, "expected": {"GREETING": "MET"}}
                {"id": "a-2", "expected": {"GREETING": "MET"
                """.formatted(MESSAGES));

        assertThatThrownBy(() -> reader.read(set))
                .isInstanceOf(InvalidLabelsException.class)
                .hasMessageContaining("malformed JSON")
                .hasMessageMatching(".*line [23].*");
    }

    @Test
    void aChatLabelledTwiceIsRefused() throws IOException {
        Path sameFile =
                file("twice.json", "{\"wh-1\": {\"GREETING\": \"MET\"}, \"wh-1\": {\"GREETING\": \"NOT_MET\"}}");
        Path one = file("one.json", "{\"wh-1\": {\"GREETING\": \"MET\"}}");
        Path other = file("other.json", "{\"wh-1\": {\"GREETING\": \"NOT_MET\"}}");

        assertThatThrownBy(() -> reader.read(sameFile)).hasMessageContaining("wh-1");
        assertThatThrownBy(() -> reader.readAll(List.of(one, other)))
                .hasMessageContaining("chat wh-1 is labelled again")
                .hasMessageContaining(one.toString());
    }

    @Test
    void readAllMergesFilesAndIsInlineOnlyWhenEveryFileWas() throws Exception {
        Path map = file("labels.json", "{\"wh-1\": {\"GREETING\": \"MET\"}}");
        Path set =
                file("set.jsonl", "{\"id\": \"a-1\", %s, \"expected\": {\"GREETING\": \"MET\"}}\n".formatted(MESSAGES));

        assertThat(reader.readAll(List.of(set)).inline()).isTrue();
        Labels both = reader.readAll(List.of(set, map));
        assertThat(both.inline()).isFalse();
        assertThat(both.byChat()).containsOnlyKeys("a-1", "wh-1");
    }
}
