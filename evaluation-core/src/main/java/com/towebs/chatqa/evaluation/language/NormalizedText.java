package com.towebs.chatqa.evaluation.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A message as the criteria read it: lower case, without accents, chat abbreviations spelled out,
 * stretched letters shrunk ("graciaaas" reads "gracias"), emoji and symbols as spaces. Every character
 * remembers where it came from, so a match found here is quoted in the writer's own words.
 * Build with {@link SpanishNormalizer#normalize(String)}.
 */
public final class NormalizedText {

    private static final TextPattern WORD = TextPattern.compile("[a-z0-9]+");

    private final String original;
    private final String text;
    private final int[] originStart;
    private final int[] originEnd;
    private List<String> words;
    private List<String> stems;

    NormalizedText(String original, String text, int[] originStart, int[] originEnd) {
        this.original = original;
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    /** The normalised text the criteria match against. */
    public String text() {
        return text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The first match of {@code pattern}, quoted from the original text. */
    public Optional<TextMatch> find(TextPattern pattern) {
        Matcher matcher = pattern.reusableMatcher(text);
        return matcher.find() ? Optional.of(match(matcher.start(), matcher.end())) : Optional.empty();
    }

    public boolean contains(TextPattern pattern) {
        return pattern.foundIn(text);
    }

    /** Every match of {@code pattern}, in order. */
    public List<TextMatch> findAll(TextPattern pattern) {
        Matcher matcher = pattern.reusableMatcher(text);
        List<TextMatch> matches = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                matches.add(match(matcher.start(), matcher.end()));
            }
        }
        return matches;
    }

    /** The match of the normalised range [start, end), with its quote from the original. */
    public TextMatch match(int start, int end) {
        if (start >= end) {
            return new TextMatch(start, end, "");
        }
        int from = originStart[start];
        int to = originEnd[end - 1];
        return new TextMatch(start, end, original.substring(from, to).strip());
    }

    /** The normalised words (letters and digits), in order. */
    public List<String> words() {
        if (words == null) {
            List<String> found = new ArrayList<>();
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
            words = Collections.unmodifiableList(found);
        }
        return words;
    }

    /** The Spanish stems of {@link #words()}, for comparing content regardless of inflection. */
    public List<String> stems() {
        if (stems == null) {
            stems = words().stream().map(SpanishStemmer::stem).toList();
        }
        return stems;
    }

    @Override
    public String toString() {
        return text;
    }

    /** A match in normalised coordinates, and the original words it covers. */
    public record TextMatch(int start, int end, String quote) {
    }
}
