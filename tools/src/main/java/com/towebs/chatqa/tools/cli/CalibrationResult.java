package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.calibration.CalibrationReport;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.CriterionKind;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.List;
import java.util.OptionalDouble;

/** What {@code chatqa calibrate} prints: the measurement, the rubric it graded with and the --min it holds to. */
record CalibrationResult(CalibrationReport report, Rubric rubric, OptionalDouble minimumRate) {

    /** The criteria and customer types under --min; none without one. */
    List<String> below() {
        return minimumRate.isPresent() ? report.below(minimumRate.getAsDouble()) : List.of();
    }

    /** The rubric's critical criteria (COURTESY): a failure zeroes the chat, so catches and false ones matter. */
    List<CriterionId> criticalCriteria() {
        return rubric.rules().stream()
                .filter(rule -> rule.kind() == CriterionKind.CRITICAL)
                .map(CriterionRule::id)
                .filter(report.criteria()::containsKey)
                .toList();
    }
}
