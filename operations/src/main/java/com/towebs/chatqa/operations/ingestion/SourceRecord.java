package com.towebs.chatqa.operations.ingestion;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.operations.ingestion.redaction.RedactedChat;
import java.util.Objects;

/** One record a source delivers: a chat it could read, or a payload it could not, with the reason. */
public sealed interface SourceRecord {

    /** Where the record came from, for people: a ticket id, a file and record number, a push request. */
    String reference();

    record Readable(String reference, Chat chat, String changeKey) implements SourceRecord {
        public Readable {
            Objects.requireNonNull(chat, "chat");
        }
    }

    /**
     * A readable record redacted ahead of its step ({@link Delivery#prepare}), so what is stored; the secrets are
     * gone from it.
     */
    record Redacted(String reference, RedactedChat redacted, String changeKey) implements SourceRecord {
        public Redacted {
            Objects.requireNonNull(redacted, "redacted");
        }
    }

    /** The payload is kept (after redaction) in quarantine so the record can be fixed and retried. */
    record Unreadable(String reference, String reason, String payload) implements SourceRecord {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
            payload = payload == null ? "" : payload;
        }
    }
}
