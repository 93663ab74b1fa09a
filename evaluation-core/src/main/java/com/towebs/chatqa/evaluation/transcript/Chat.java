package com.towebs.chatqa.evaluation.transcript;

import java.util.List;
import java.util.Objects;

/**
 * A chat as the exchange format describes it (shared/formats/transcript-v1.md). Messages keep the order
 * they were given in; evidence refers to them by their 0-based index.
 */
public record Chat(
        String id, String source, ChatStatus status, Participant agent, Participant customer, List<Message> messages) {

    public static final String DEFAULT_SOURCE = "file";

    public Chat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        source = source == null ? DEFAULT_SOURCE : source;
        status = status == null ? ChatStatus.OPEN : status;
        messages = List.copyOf(messages);
    }

    public boolean isOpen() {
        return status == ChatStatus.OPEN;
    }
}
