package com.towebs.chatqa.evaluation.transcript;

import java.time.Instant;
import java.util.Objects;

/** One message of a chat, as plain text. */
public record Message(Instant at, Speaker from, String text) {

    public Message {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
    }
}
