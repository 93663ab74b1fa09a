package com.towebs.chatqa.evaluation.transcript;

/**
 * Why one record of a transcript file could not be read. {@code record} is 1-based; {@code line} is the
 * line the record starts on when known (0 when not); {@code chatId} is null when the record has none.
 */
public record TranscriptProblem(String file, int record, int line, String chatId, String reason) {

    /** One line a person can act on: file, record, line, chat and what is wrong. */
    public String describe() {
        StringBuilder text = new StringBuilder(file).append(": record ").append(record);
        if (line > 0) {
            text.append(" (line ").append(line).append(')');
        }
        if (chatId != null) {
            text.append(", chat ").append(chatId);
        }
        return text.append(": ").append(reason).toString();
    }
}
