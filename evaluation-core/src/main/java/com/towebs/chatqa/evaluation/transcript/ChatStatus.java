package com.towebs.chatqa.evaluation.transcript;

import java.util.Locale;
import java.util.Optional;

/** A live chat is {@code OPEN}: it is graded as it stands and not blamed for what usually comes at the end. */
public enum ChatStatus {
    OPEN,
    CLOSED;

    public static Optional<ChatStatus> fromWire(String value) {
        for (ChatStatus status : values()) {
            if (status.wireName().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
