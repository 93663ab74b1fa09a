package com.towebs.chatqa.reporting.model;

import com.towebs.chatqa.evaluation.rubric.CriterionId;

/**
 * How often a criterion was met among the chats where it applied. {@code assessed} counts MET, PARTIAL and
 * NOT_MET verdicts (NOT_OBSERVED and NOT_APPLICABLE are left out: they are no one's fault); PARTIAL counts half
 * in {@link #passRate()}.
 */
public record CriterionPassRate(CriterionId criterion, long assessed, long met, long partial, long notMet) {

    /** 0-1, or NaN when the criterion was never assessed. */
    public double passRate() {
        return assessed == 0 ? Double.NaN : (met + 0.5 * partial) / assessed;
    }
}
