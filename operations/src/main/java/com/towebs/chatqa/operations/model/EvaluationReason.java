package com.towebs.chatqa.operations.model;

/** Why a chat was graded (again): kept with each evaluation for the audit trail. */
public enum EvaluationReason {
    NEW_CHAT,
    CHAT_CHANGED,
    RUBRIC_CHANGED,
    MANUAL
}
