package com.towebs.chatqa.evaluation.rubric;

/** The criteria the engine knows how to judge. A rubric chooses which of them it applies and how. */
public enum CriterionId {
    GREETING,
    PARAPHRASE,
    HOLD_NOTICE,
    HOLD_FOLLOW_UP,
    EXPLANATION,
    TICKET,
    FURTHER_HELP,
    DIAGNOSIS,
    CUSTOMER_APPRECIATION,
    COURTESY,
    EMPATHY,
    PLAIN_LANGUAGE,
    SPELLING
}
