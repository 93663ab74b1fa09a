package com.towebs.chatqa.operations.model;

/** Where a stored chat stands with grading. */
public enum GradingState {
    /** Stored or changed since its last evaluation: waiting for the grader. */
    PENDING,
    /** Its current evaluation grades its current content. */
    GRADED,
    /** Grading failed too often; the reason is kept and a QA admin can retry it. */
    PARKED
}
