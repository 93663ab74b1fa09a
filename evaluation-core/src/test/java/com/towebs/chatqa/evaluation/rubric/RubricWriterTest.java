package com.towebs.chatqa.evaluation.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
