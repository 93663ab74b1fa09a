package com.towebs.chatqa.evaluation;

/**
 * The outcome of one criterion. {@code NOT_OBSERVED} is an optional behaviour that did not occur and is
 * never a penalty; {@code NOT_APPLICABLE} means the criterion had nothing to judge in this chat.
 */
public enum Verdict {
    MET,
    PARTIAL,
    NOT_MET,
    NOT_OBSERVED,
    NOT_APPLICABLE;

    /** Whether the verdict judges the agent at all (MET, PARTIAL or NOT_MET). */
    public boolean isJudgement() {
        return this == MET || this == PARTIAL || this == NOT_MET;
    }
}
