package com.towebs.chatqa.evaluation.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RubricLoaderTest {

    private static Rubric load(String json) throws IOException, RubricLoader.InvalidRubricException {
        return new RubricLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static final String THRESHOLDS = """
            "thresholds":{"holdNoticeWaitSeconds":60,"holdFollowUpSeconds":120,"spellingMetMaxErrorsPer100":1,
                          "spellingPartialMaxErrorsPer100":3,"spellingMinWords":5},
            "scoring":{"requiredPoints":70,"partialCredit":0.5,"criticalFailureCap":40}""";

    @Test
    void theStandardRubricIsTowebs20261WithEveryCriterion() {
        Rubric rubric = Rubric.standard();
        assertThat(rubric.version()).isEqualTo("towebs-2026.1");
        assertThat(rubric.rules()).extracting(CriterionRule::id).containsExactly(CriterionId.values());
        assertThat(rubric.rule(CriterionId.COURTESY).orElseThrow().kind()).isEqualTo(CriterionKind.CRITICAL);
        assertThat(rubric.thresholds().holdFollowUpSeconds()).isEqualTo(150);
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
