package com.towebs.chatqa.operations.store;

import com.towebs.chatqa.evaluation.transcript.Chat;
import java.util.Objects;

/**
 * A chat on its way into the store, already redacted, with the credential flags redaction found and the
 * source's own change marker (may be null).
 */
public record IncomingChat(
        Chat chat, boolean credentialsRequested, boolean credentialsSupplied, String sourceChangeKey) {

    public IncomingChat {
        Objects.requireNonNull(chat, "chat");
    }
}
