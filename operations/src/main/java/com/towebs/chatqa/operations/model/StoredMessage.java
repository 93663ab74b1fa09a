package com.towebs.chatqa.operations.model;

import com.towebs.chatqa.evaluation.transcript.Speaker;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One message of a stored chat, already redacted. Its position is the list index (evidence refers to it). */
@Embeddable
public class StoredMessage {

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Speaker speaker;

    @Column(nullable = false)
    private String body;

    protected StoredMessage() {}

    public StoredMessage(Instant sentAt, Speaker speaker, String body) {
        this.sentAt = sentAt;
        this.speaker = speaker;
        this.body = body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public String getBody() {
        return body;
    }

    boolean sameAs(StoredMessage other) {
        return sentAt.equals(other.sentAt) && speaker == other.speaker && body.equals(other.body);
    }
}
