package com.towebs.chatqa.evaluation;

import java.util.Objects;

/** What decided a verdict: a message (0-based index into the chat) and the words quoted from it. */
public record Evidence(int message, String quote) {

    public Evidence {
        if (message < 0) {
            throw new IllegalArgumentException("message index must be >= 0, was " + message);
        }
        Objects.requireNonNull(quote, "quote");
    }
}
