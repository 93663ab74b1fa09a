package com.towebs.chatqa.evaluation.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.cues.CueSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricWriterTest {

    private static Rubric read(String json) throws IOException, RubricLoader.InvalidRubricException {
        return new RubricLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json");
    }

    private static void assertSame(Rubric actual, Rubric expected) {
        assertThat(actual.version()).isEqualTo(expected.version());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.rules()).containsExactlyElementsOf(expected.rules());
        assertThat(actual.thresholds()).isEqualTo(expected.thresholds());
        assertThat(actual.scoring()).isEqualTo(expected.scoring());
        assertThat(actual.cues().texts()).isEqualTo(expected.cues().texts());
    }

    @Test
    void theStandardRubricReadsBackTheSame() throws Exception {
        Rubric standard = Rubric.standard();
        String json = new RubricWriter().toJson(standard);
        assertSame(read(json), standard);
        // and writing what was read gives the same text
        assertThat(new RubricWriter().toJson(read(json))).isEqualTo(json);
        assertThat(json).contains("\"weight\" : 3,").contains("\"partialCredit\" : 0.5");
    }

    @Test
    void aVersionWithItsOwnCuesReadsBackWithThemAsOneJsonDocumentAFolderAndAnArchive(@TempDir Path folder)
            throws Exception {
        Map<String, String> texts = new LinkedHashMap<>(Rubric.standard().cues().texts());
        String path = CueSet.path("criteria/further-help");
        texts.put(path, texts.get(path).replace("- 'Quedo a tu disposición'", "- 'Quedo a su entera disposición'"));
        Rubric own = new Rubric(
                "towebs-2026.3",
                "Con otra ayuda",
                Rubric.standard().rules(),
                Rubric.standard().thresholds(),
                Rubric.standard().scoring(),
                CueSet.parse(texts));

        RubricWriter writer = new RubricWriter();
        writer.writeFolder(own, folder);
        assertSame(read(writer.toJson(own)), own);
        assertSame(new RubricLoader().load(folder), own);
        assertSame(new RubricLoader().load(new ByteArrayInputStream(writer.toArchive(own)), "own.zip"), own);
        assertThat(Files.readString(folder.resolve(path))).isEqualTo(texts.get(path));
        assertThat(Files.readString(folder.resolve("rubric.json"))).doesNotContain("\"cues\"");
    }

    @Test
    void fractionalWeightsAndEmptyDescriptionsSurvive() throws Exception {
        Rubric rubric = new Rubric(
                "custom-1",
                "Custom",
                List.of(
                        new CriterionRule(CriterionId.GREETING, CriterionKind.REQUIRED, 2.75, false, null),
                        new CriterionRule(CriterionId.TICKET, CriterionKind.CRITICAL, 1, true, "ticket \"number\" ñ")),
                new Thresholds(60, 120, 0.5, 2.25, 3),
                new ScoringPolicy(70, 0.25, 40));
        assertSame(read(new RubricWriter().toJson(rubric)), rubric);
    }
}
