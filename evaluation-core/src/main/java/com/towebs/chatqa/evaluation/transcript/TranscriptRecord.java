package com.towebs.chatqa.evaluation.transcript;

/** One record read from a transcript file: a chat, or the reason it could not be read. */
public sealed interface TranscriptRecord {

    record Valid(Chat chat) implements TranscriptRecord {}

    /**
     * {@code payload} is the record's text as far as it could be cut out of the input (a JSON line, an object),
     * or empty when the input broke before the record could be delimited; ingestion keeps it in quarantine.
     */
    record Invalid(TranscriptProblem problem, String payload) implements TranscriptRecord {

        public Invalid {
            payload = payload == null ? "" : payload;
        }

        public Invalid(TranscriptProblem problem) {
            this(problem, "");
        }
    }
}
