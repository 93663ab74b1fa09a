package com.towebs.chatqa.evaluation.language;

import java.util.List;

/**
 * Finds the misspelled words of a text written by an agent. Implementations must be thread-safe: the
 * command grades chats on several threads with one checker.
 */
public interface SpellingChecker {

    /**
     * The misspelled words of {@code text}, in order of appearance. Words that only lack or misplace an
     * accent mark, voseo forms, names, URLs, e-mail addresses, numbers, emoji and hosting vocabulary are
     * not errors; chat abbreviations (q, xq, tmb, x for "por"...) are.
     */
    List<Misspelling> misspellings(String text);

    /** How many words of {@code text} were checked: the denominator of "errors per 100 words". */
    int countWords(String text);

    /** A misspelled word and where it starts in the text. */
    record Misspelling(String word, int offset) {}
}
