package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits a normalised message into sentences, so that a cue and the words it governs are read together
 * ("entiendo, no te salen los mails. ¿me pasas tu dominio?" holds a restatement and a request). A full stop
 * inside a domain or a number ("ejemplo.com", "1.5") does not end a sentence; a question keeps its mark.
 */
final class Sentences {

    /** A sentence in normalised coordinates of its message's text. */
    record Sentence(int start, int end, String text, boolean question) {}

    private static final TextPattern END = TextPattern.compile("[?!]+|\\.+(?=\\s|$)|;|\\s¿|^¿");

    private Sentences() {}

    /** The sentences of a message, split once per text (several criteria read them). */
    static List<Sentence> of(NormalizedText message) {
        return message.fact(Sentences.class, Sentences::split);
    }

    private static List<Sentence> split(NormalizedText message) {
        String text = message.text();
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = END.matcher(text);
        int start = 0;
        while (end.find()) {
            boolean opensQuestion = end.group().endsWith("¿");
            int stop = opensQuestion ? end.start() : end.end();
            add(sentences, text, start, stop);
            start = opensQuestion ? end.end() - 1 : end.end();
        }
        add(sentences, text, start, text.length());
        return List.copyOf(sentences);
    }

    /**
     * The cues, in order, that may match somewhere in {@code message}: a cue that cannot occur in the message
     * cannot occur in one of its sentences, and the message's pre-filter scan is cached where a sentence's is not.
     */
    static List<TextPattern> cuesPossibleIn(NormalizedText message, List<TextPattern> cues) {
        List<TextPattern> possible = new ArrayList<>(cues.size());
        for (TextPattern cue : cues) {
            if (cue.mayMatch(message.text())) {
                possible.add(cue);
            }
        }
        return possible;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= end) {
            return;
        }
        String sentence = text.substring(start, end).strip();
        if (sentence.chars().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(start, end, sentence, sentence.endsWith("?") || sentence.startsWith("¿")));
        }
    }
}
