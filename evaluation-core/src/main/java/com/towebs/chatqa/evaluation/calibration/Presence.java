package com.towebs.chatqa.evaluation.calibration;

/** Whether a chat shows a customer type: the two classes a customer type's agreement is measured on. */
public enum Presence {
    PRESENT,
    ABSENT;

    public static Presence of(boolean present) {
        return present ? PRESENT : ABSENT;
    }
}
