package com.towebs.chatqa.evaluation.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricLoaderTest {

    private static Rubric load(String json) throws IOException, RubricLoader.InvalidRubricException {
        return new RubricLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static final String THRESHOLDS = """
            "thresholds":{"holdNoticeWaitSeconds":60,"holdFollowUpSeconds":120,"spellingMetMaxErrorsPer100":1,
                          "spellingPartialMaxErrorsPer100":3,"spellingMinWords":5},
            "scoring":{"requiredPoints":70,"partialCredit":0.5,"criticalFailureCap":40}""";

    @Test
    void theStandardRubricIsTowebs20262WithEveryCriterionDescribedInSpanishAndEnglish() {
        Rubric rubric = Rubric.standard();
        assertThat(rubric.version()).isEqualTo("towebs-2026.2");
        assertThat(rubric.rules()).extracting(CriterionRule::id).containsExactly(CriterionId.values());
        CriterionRule courtesy = rubric.rule(CriterionId.COURTESY).orElseThrow();
        assertThat(courtesy.kind()).isEqualTo(CriterionKind.CRITICAL);
        assertThat(courtesy.description(Locale.forLanguageTag("es-AR"))).startsWith("Ningún mensaje del agente");
        assertThat(courtesy.description(Locale.ENGLISH)).startsWith("No rude, sarcastic");
        assertThat(rubric.rules())
                .allSatisfy(rule -> assertThat(rule.descriptionEn()).isNotEmpty());
        assertThat(rubric.thresholds().holdFollowUpSeconds()).isEqualTo(150);
        assertThat(rubric.thresholds().holdNoticeWaitSeconds()).isEqualTo(90);
    }

    @Test
    void theEarlierBuiltInVersionIsStillShippedForTheEvaluationsMadeWithIt() {
        Rubric earlier = Rubric.shipped("towebs-2026.1").orElseThrow();
        assertThat(earlier.rules())
                .extracting(CriterionRule::weight)
                .containsExactlyElementsOf(Rubric.standard().rules().stream()
                        .map(CriterionRule::weight)
                        .toList());
        assertThat(Rubric.shipped("towebs-2026.2")).containsSame(Rubric.standard());
        assertThat(Rubric.shipped("towebs-1999.1")).isEmpty();
    }

    @Test
    void aRubricJsonFileWithoutCuesReadsChatsWithTheBuiltInCues() throws Exception {
        Rubric rubric = load("""
                {"version":"towebs-2027.1", %s,
                 "criteria":[{"id":"GREETING","kind":"required","weight":2}]}""".formatted(THRESHOLDS));
        assertThat(rubric.cues()).isSameAs(Rubric.standard().cues());
    }

    @Test
    void aRubricVersionIsAFolderOfItsRubricFileAndCueFiles(@TempDir Path folder) throws Exception {
        new RubricWriter().writeFolder(Rubric.standard(), folder);
        Path courtesy = folder.resolve("cues/criteria/courtesy.yaml");
        Files.writeString(courtesy, Files.readString(courtesy).replace("- 'sos un boludo'", "- 'sos un pelotudo'"));
        Path rubricFile = folder.resolve("rubric.json");
        Files.writeString(rubricFile, Files.readString(rubricFile).replace("towebs-2026.2", "towebs-2026.3"));

        Rubric rubric = new RubricLoader().load(folder);

        assertThat(rubric.version()).isEqualTo("towebs-2026.3");
        assertThat(rubric.cues().texts().get("cues/criteria/courtesy.yaml")).contains("sos un pelotudo");
    }

    @Test
    void aCueThatMissesItsExampleIsReportedWithTheFolderFileAndLine(@TempDir Path folder) throws Exception {
        new RubricWriter().writeFolder(Rubric.standard(), folder);
        Path empathy = folder.resolve("cues/criteria/empathy.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(empathy));
        int line = lines.indexOf("          - 'Disculpá la demora'");
        assertThat(line).isPositive();
        lines.set(line, "          - 'Gracias por la espera'");
        Files.write(empathy, lines);

        assertThatThrownBy(() -> new RubricLoader().load(folder))
                .isInstanceOf(RubricLoader.InvalidRubricException.class)
                .hasMessageContaining(folder + ": the cue files are not valid:")
                .hasMessageContaining("cues/criteria/empathy.yaml:" + (line + 1)
                        + ": cue apology-for-trouble misses its example \"Gracias por la espera\"");
    }

    @Test
    void aFolderWithoutItsRubricFileOrWithAMissingCueFileIsRejected(@TempDir Path folder) throws Exception {
        new RubricWriter().writeFolder(Rubric.standard(), folder);
        Files.delete(folder.resolve("cues/customers/rude.yaml"));
        assertThatThrownBy(() -> new RubricLoader().load(folder))
                .hasMessageContaining("cues/customers/rude.yaml: missing");
        Files.delete(folder.resolve("rubric.json"));
        assertThatThrownBy(() -> new RubricLoader().load(folder)).hasMessageContaining("no rubric.json");
    }

    @Test
    void aRubricVersionIsAlsoAZipArchiveOfItsFolderWithOrWithoutTheFolderInside(@TempDir Path folder) throws Exception {
        new RubricWriter().writeFolder(Rubric.standard(), folder.resolve("mi-rubrica"));
        Path zip = folder.resolve("mi-rubrica.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.walk(folder.resolve("mi-rubrica"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(
                        folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }

        Rubric fromZip = new RubricLoader().load(zip);
        Rubric fromBytes = load(new RubricWriter().toArchive(Rubric.standard()));

        assertThat(fromZip.cues().texts()).isEqualTo(Rubric.standard().cues().texts());
        assertThat(fromBytes.cues().texts()).isEqualTo(Rubric.standard().cues().texts());
        assertThat(fromZip.version()).isEqualTo("towebs-2026.2");
    }

    private static Rubric load(byte[] bytes) throws IOException, RubricLoader.InvalidRubricException {
        return new RubricLoader().load(new ByteArrayInputStream(bytes), "upload.zip");
    }

    @Test
    void aRubricFileChoosesItsCriteriaWeightsAndThresholds() throws Exception {
        Rubric rubric = load("""
                {"version":"towebs-2027.1", %s,
                 "criteria":[{"id":"GREETING","kind":"required","weight":2},
                             {"id":"COURTESY","kind":"CRITICAL","weight":5}]}""".formatted(THRESHOLDS));
        assertThat(rubric.version()).isEqualTo("towebs-2027.1");
        assertThat(rubric.rules())
                .extracting(CriterionRule::id)
                .containsExactly(CriterionId.GREETING, CriterionId.COURTESY);
        assertThat(rubric.thresholds().holdFollowUpSeconds()).isEqualTo(120);
        assertThat(rubric.scoring().criticalFailureCap()).isEqualTo(40);
    }

    @Test
    void anUnknownCriterionIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> load("""
                {"version":"v", %s, "criteria":[{"id":"SMILE","kind":"BONUS","weight":1}]}""".formatted(THRESHOLDS)))
                .isInstanceOf(RubricLoader.InvalidRubricException.class)
                .hasMessageContaining("test.json: criteria[0].id must be one of");
    }

    @Test
    void aMissingWeightIsRejected() {
        assertThatThrownBy(() -> load("""
                {"version":"v", %s, "criteria":[{"id":"GREETING","kind":"BONUS"}]}""".formatted(THRESHOLDS)))
                .hasMessage("test.json: criteria[0].weight is required (a number)");
    }

    @Test
    void aCriterionListedTwiceIsRejected() {
        assertThatThrownBy(() -> load("""
                {"version":"v", %s, "criteria":[{"id":"GREETING","kind":"BONUS","weight":1},
                                              {"id":"GREETING","kind":"REQUIRED","weight":1}]}""".formatted(THRESHOLDS))).hasMessageContaining("GREETING appears twice");
    }
}
