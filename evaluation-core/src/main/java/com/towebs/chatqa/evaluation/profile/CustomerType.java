package com.towebs.chatqa.evaluation.profile;

/** The difficult-customer types of the remote-support guidelines (shared/rubric, document 003). */
public enum CustomerType {
    ANGRY,
    RUDE,
    TALKATIVE,
    KNOWLEDGEABLE,
    INEXPERIENCED
}
