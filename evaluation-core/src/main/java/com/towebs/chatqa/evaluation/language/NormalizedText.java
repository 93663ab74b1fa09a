package com.towebs.chatqa.evaluation.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    /** First matches of the cues that passed their pre-filter, by cue: criteria ask the same cue more than once. */
    private Map<TextPattern, Optional<TextMatch>> firstMatches;
    /** Facts derived from this text alone (its sentences, its hold notice...), see {@link #fact}. */
    private Map<Object, Object> facts;

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
        if (!pattern.mayMatch(text)) {
            return Optional.empty();
        }
        if (firstMatches == null) {
            firstMatches = new IdentityHashMap<>();
        }
        Optional<TextMatch> known = firstMatches.get(pattern);
        if (known == null) {
            Matcher matcher = pattern.reusableMatcherPrefiltered(text);
            known = matcher.find() ? Optional.of(match(matcher.start(), matcher.end())) : Optional.empty();
            firstMatches.put(pattern, known);
        }
        return known;
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

    /**
     * A fact derived from this text alone, computed on first request and shared by every caller that asks with
     * the same key. The texts of repeated messages are shared (see {@link SpanishNormalizer#normalize}), so a
     * canned phrase is read once per thread, not once per chat. Not thread-safe: a text belongs to one thread.
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(Object key, Function<NormalizedText, T> derivation) {
        if (facts == null) {
            facts = new HashMap<>();
        }
        Object known = facts.get(key);
        if (known == null) {
            known = derivation.apply(this);
            facts.put(key, known);
        }
        return (T) known;
    }

    @Override
    public String toString() {
        return text;
    }

    /** A match in normalised coordinates, and the original words it covers. */
    public record TextMatch(int start, int end, String quote) {}
}
