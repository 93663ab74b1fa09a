package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test chats written as they read: {@code Chats.of().agent("...").customer("...").build()}. */
final class Chats {

    private static final Instant START = Instant.parse("2026-10-03T14:00:00Z");
    private final List<Message> messages = new ArrayList<>();

    static Chats of() {
        return new Chats();
    }

    Chats agent(String text) {
        return add(Speaker.AGENT, text);
    }

    Chats customer(String text) {
        return add(Speaker.CUSTOMER, text);
    }

    Chats system(String text) {
        return add(Speaker.SYSTEM, text);
    }

    private Chats add(Speaker from, String text) {
        messages.add(new Message(START.plusSeconds(20L * messages.size()), from, text));
        return this;
    }

    Chat build() {
        return new Chat(
                "chat-1",
                "file",
                ChatStatus.CLOSED,
                new Participant("agent-7", "Laura", "N1"),
                new Participant("cust-9", "Juan", null),
                messages);
    }
}
