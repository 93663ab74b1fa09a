package com.towebs.chatqa.evaluation;

import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes test chats the way they read: {@code chat().system("Bienvenido...").customer("no me anda el mail")
 * .after(95).agent("...")}. Each message comes {@value #DEFAULT_GAP_SECONDS} s after the previous one unless
 * {@link #after(long)} says otherwise, so that tests state only the timing they are about.
 */
public final class ChatBuilder {

    public static final long DEFAULT_GAP_SECONDS = 20;
    private static final Instant START = Instant.parse("2026-10-03T14:00:00Z");

    private final List<Message> messages = new ArrayList<>();
    private ChatStatus status = ChatStatus.OPEN;
    private Instant clock = START;
    private Long nextGap;

    private ChatBuilder() {}

    public static ChatBuilder chat() {
        return new ChatBuilder();
    }

    public ChatBuilder open() {
        status = ChatStatus.OPEN;
        return this;
    }

    public ChatBuilder closed() {
        status = ChatStatus.CLOSED;
        return this;
    }

    /** The next message comes this many seconds after the previous one (instead of the default gap). */
    public ChatBuilder after(long seconds) {
        nextGap = seconds;
        return this;
    }

    public ChatBuilder system(String text) {
        return message(Speaker.SYSTEM, text);
    }

    public ChatBuilder customer(String text) {
        return message(Speaker.CUSTOMER, text);
    }

    public ChatBuilder agent(String text) {
        return message(Speaker.AGENT, text);
    }

    private ChatBuilder message(Speaker from, String text) {
        if (!messages.isEmpty()) {
            clock = clock.plus(Duration.ofSeconds(nextGap == null ? DEFAULT_GAP_SECONDS : nextGap));
        }
        nextGap = null;
        messages.add(new Message(clock, from, text));
        return this;
    }

    public Chat build() {
        return new Chat(
                "test-chat",
                Chat.DEFAULT_SOURCE,
                status,
                new Participant("lucia.gomez", "Lucía Gómez", "hosting"),
                new Participant("c-1001", "Pedro", null),
                messages);
    }

    /** The built chat, normalised as the criteria receive it. */
    public AnalyzedChat analyzed() {
        return AnalyzedChat.of(build());
    }
}
