package com.towebs.chatqa.evaluation.transcript;

import java.util.Locale;
import java.util.Optional;

/** Who wrote a message. {@code SYSTEM} is the panel itself: the automatic welcome and notices. */
public enum Speaker {
    AGENT,
    CUSTOMER,
    SYSTEM;

    /** The speaker named by the transcript's {@code from} field, if it is one of the three. */
    public static Optional<Speaker> fromWire(String value) {
        for (Speaker speaker : values()) {
            if (speaker.wireName().equals(value)) {
                return Optional.of(speaker);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agent and the panel's own messages speak for ToWebs. */
    public boolean isAgentSide() {
        return this != CUSTOMER;
    }
}
