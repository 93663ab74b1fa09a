package com.towebs.chatqa.operations.ingestion.redaction;

import java.util.Objects;

/**
 * One secret taken out of a chat: which message (0-based index, as evidence counts them) and what kind.
 * Deliberately holds neither the secret nor its position, so it is safe to log and to store.
 */
public record Redaction(int message, Kind kind) {

    public Redaction {
        Objects.requireNonNull(kind, "kind");
        if (message < 0) {
            throw new IllegalArgumentException("message index must not be negative: " + message);
        }
    }

    /** What was taken out; each kind leaves its own marker in the text. */
    public enum Kind {
        USERNAME,
        PASSWORD,
        CARD,
        TOKEN;

        /** The text that stands where the secret was, e.g. {@code [REDACTED:PASSWORD]}. */
        public String marker() {
            return "[REDACTED:" + name() + "]";
        }

        /** A panel credential, as opposed to a card number or an API token. */
        public boolean isCredential() {
            return this == USERNAME || this == PASSWORD;
        }
    }
}
