package com.towebs.chatqa.evaluation.rubric;

/**
 * How a criterion counts in the score. {@code REQUIRED} criteria form the base; {@code BONUS} criteria only
 * add; a {@code CRITICAL} criterion counts like a required one and, when failed, caps the whole score.
 */
public enum CriterionKind {
    REQUIRED,
    BONUS,
    CRITICAL
}
