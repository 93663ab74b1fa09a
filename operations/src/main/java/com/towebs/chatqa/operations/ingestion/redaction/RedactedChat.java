package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.evaluation.transcript.Chat;
import java.util.List;
import java.util.Objects;

/**
 * A chat with its secrets replaced by markers, and what was found.
 *
 * @param chat                 the same chat, message for message, with every secret replaced by its marker
 * @param credentialsRequested the agent asked for a username, password or other access data
 * @param credentialsSupplied  the customer gave a username or password (one was redacted from a customer message)
 * @param redactions           every replacement, in message order; never the secrets themselves
 */
public record RedactedChat(
        Chat chat, boolean credentialsRequested, boolean credentialsSupplied, List<Redaction> redactions) {

    public RedactedChat {
        Objects.requireNonNull(chat, "chat");
        redactions = List.copyOf(redactions);
    }

    public boolean isRedacted() {
        return !redactions.isEmpty();
    }
}
