package com.towebs.chatqa.evaluation.transcript;

/** One record read from a transcript file: a chat, or the reason it could not be read. */
public sealed interface TranscriptRecord {

    record Valid(Chat chat) implements TranscriptRecord {
    }

    record Invalid(TranscriptProblem problem) implements TranscriptRecord {
    }
}
