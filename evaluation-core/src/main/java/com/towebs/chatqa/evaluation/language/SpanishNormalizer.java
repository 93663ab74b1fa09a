package com.towebs.chatqa.evaluation.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises chat Spanish as it is typed (rioplatense, no accents, typos, abbreviations, emoji, caps) into
 * the form the criteria match against. One pass, character by character, remembering the origin of every
 * output character. Spanish lower-casing and accent folding are one character to one character, which is
 * what keeps the origin map exact.
 */
public final class SpanishNormalizer {

    /**
     * Chat abbreviations and common typos spelled out ({@value #CHAT_WORDS}): data, like the rubric's cues, so that
     * whoever tunes the cues sees and edits what the cues are matched against.
     */
    static final String CHAT_WORDS = "chat-words.yaml";

    private static final Map<String, String> ABBREVIATIONS = chatWords();

    /**
     * Texts normalised on this thread, by original text. Agents paste the same phrases in chat after chat, and a
     * shared text keeps what the criteria derived from it (see {@link NormalizedText#fact}).
     */
    private static final ThreadLocal<TextCache> CACHE = ThreadLocal.withInitial(TextCache::new);

    /** Longer tokens are not looked up. */
    private static final int LONGEST_ABBREVIATION =
            ABBREVIATIONS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private SpanishNormalizer() {}

    private static Map<String, String> chatWords() {
        try (InputStream in = SpanishNormalizer.class.getResourceAsStream(CHAT_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CHAT_WORDS);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> words = new HashMap<>();
            for (String section : List.of("abbreviations", "typos")) {
                root.path(section).fields().forEachRemaining(entry -> {
                    if (words.put(entry.getKey(), entry.getValue().asText()) != null) {
                        throw new IllegalStateException(CHAT_WORDS + ": " + entry.getKey() + " appears twice");
                    }
                });
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHAT_WORDS, e);
        }
    }

    /**
     * The normalised form of {@code original}. The same text on the same thread gives the same instance, which
     * callers must not hand to other threads.
     */
    public static NormalizedText normalize(String original) {
        return CACHE.get().normalized(original);
    }

    /**
     * Two generations of texts: a text seen again moves to the current one, and when the current one is full
     * the previous one is dropped. Most texts are seen once (customers' own words) and pass through; the
     * phrases that repeat stay, within a bound on memory.
     */
    private static final class TextCache {
        private static final int GENERATION_SIZE = 4096;

        private Map<String, NormalizedText> current = new HashMap<>();
        private Map<String, NormalizedText> previous = new HashMap<>();

        NormalizedText normalized(String original) {
            NormalizedText known = current.get(original);
            if (known != null) {
                return known;
            }
            known = previous.remove(original);
            if (known == null) {
                known = normalizeUncached(original);
            }
            if (current.size() >= GENERATION_SIZE) {
                previous = current;
                current = new HashMap<>();
            }
            current.put(original, known);
            return known;
        }
    }

    private static NormalizedText normalizeUncached(String original) {
        Builder out = new Builder(original.length() + 16);
        int tokenStart = -1;
        StringBuilder token = new StringBuilder();
        int[] tokenOrigins = new int[Math.max(16, original.length())];
        for (int i = 0; i <= original.length(); i++) {
            char c = i < original.length() ? original.charAt(i) : ' ';
            char folded = fold(c);
            if (isWordChar(folded)) {
                if (tokenStart < 0) {
                    tokenStart = i;
                    token.setLength(0);
                }
                tokenOrigins[token.length()] = i;
                token.append(folded);
                continue;
            }
            if (tokenStart >= 0) {
                emitToken(out, token, tokenOrigins, tokenStart, i);
                tokenStart = -1;
            }
            if (Character.isHighSurrogate(c) && i + 1 < original.length()) {
                out.space(i, i + 2); // emoji and other symbols outside the BMP
                i++;
            } else if (isKeptPunctuation(c)) {
                out.append(c, i, i + 1);
            } else if (i < original.length()) {
                out.space(i, i + 1);
            }
        }
        return out.build(original);
    }

    private static void emitToken(Builder out, StringBuilder token, int[] origins, int start, int end) {
        String word = shrinkStretchedLetters(token);
        String expansion = word.length() <= LONGEST_ABBREVIATION ? ABBREVIATIONS.get(word) : null;
        if (expansion != null) {
            for (int k = 0; k < expansion.length(); k++) {
                out.append(expansion.charAt(k), start, end);
            }
            return;
        }
        if (word.length() == token.length()) {
            for (int k = 0; k < token.length(); k++) {
                out.append(token.charAt(k), origins[k], origins[k] + 1);
            }
            return;
        }
        // A shrunk word: its letters map to the whole written word.
        for (int k = 0; k < word.length(); k++) {
            out.append(word.charAt(k), start, end);
        }
    }

    /** "graciaaaas" becomes "gracias", "siiii" "si"; a double letter ("llamar", "leer") stays. */
    private static String shrinkStretchedLetters(CharSequence token) {
        if (!hasStretchedLetter(token)) {
            return token.toString(); // most words: nothing to shrink
        }
        StringBuilder word = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            int run = 1;
            while (i + run < token.length() && token.charAt(i + run) == c) {
                run++;
            }
            boolean stretched = run >= 3 && Character.isLetter(c);
            int keep = stretched ? 1 : run;
            for (int k = 0; k < keep; k++) {
                word.append(c);
            }
            i += run;
        }
        return word.toString();
    }

    private static boolean hasStretchedLetter(CharSequence token) {
        for (int i = 2; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == token.charAt(i - 1) && c == token.charAt(i - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isKeptPunctuation(char c) {
        return switch (c) {
            case '?',
                    '¿',
                    '!',
                    '¡',
                    '.',
                    ',',
                    ':',
                    ';',
                    '#',
                    '@',
                    '/',
                    '-',
                    '_',
                    '(',
                    ')',
                    '"',
                    '\'',
                    '=',
                    '+',
                    '%',
                    '*',
                    '&' -> true;
            default -> false;
        };
    }

    /**
     * Lower case without accents, one character for one character: an offset in the result is the same offset in
     * {@code text} (ingestion's redaction needs that to replace exactly what was typed).
     */
    public static String foldCharacters(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** Lower case without accents; characters that are not letters or digits come back unchanged. */
    static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        return switch (Character.toLowerCase(c)) {
            case 'á', 'à', 'ä', 'â', 'ã' -> 'a';
            case 'é', 'è', 'ë', 'ê' -> 'e';
            case 'í', 'ì', 'ï', 'î' -> 'i';
            case 'ó', 'ò', 'ö', 'ô', 'õ' -> 'o';
            case 'ú', 'ù', 'ü', 'û' -> 'u';
            case 'ñ' -> 'n';
            case 'ç' -> 'c';
            default -> c;
        };
    }

    /** Collects output characters and their origins; collapses runs of spaces. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void append(char c, int originStart, int originEnd) {
            if (text.length() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = originStart;
            ends[text.length()] = originEnd;
            text.append(c);
        }

        void space(int originStart, int originEnd) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                append(' ', originStart, originEnd);
            }
        }

        NormalizedText build(String original) {
            int length = text.length();
            while (length > 0 && text.charAt(length - 1) == ' ') {
                length--;
            }
            return new NormalizedText(
                    original,
                    text.substring(0, length),
                    java.util.Arrays.copyOf(starts, length),
                    java.util.Arrays.copyOf(ends, length));
        }
    }
}
