package com.towebs.chatqa.evaluation.analysis;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.time.Instant;
import java.util.Optional;

/** A message with its position in the chat and its normalised text, read once and shared by all criteria. */
public record AnalyzedMessage(int index, Message message, NormalizedText text) {

    public Speaker from() {
        return message.from();
    }

    public Instant at() {
        return message.at();
    }

    public boolean isAgent() {
        return message.from() == Speaker.AGENT;
    }

    public boolean isCustomer() {
        return message.from() == Speaker.CUSTOMER;
    }

    public boolean isSystem() {
        return message.from() == Speaker.SYSTEM;
    }

    /** Evidence quoting the first match of {@code pattern} in this message, if it matches. */
    public Optional<Evidence> evidence(TextPattern pattern) {
        return text.find(pattern).map(match -> new Evidence(index, match.quote()));
    }

    /** Evidence quoting the whole message (shortened), for verdicts decided by a message as a whole. */
    public Evidence evidence() {
        return new Evidence(index, shorten(message.text().strip()));
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
