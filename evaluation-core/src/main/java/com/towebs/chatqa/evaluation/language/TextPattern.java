package com.towebs.chatqa.evaluation.language;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with a literal pre-filter: before the (backtracking) expression runs, one scan of
 * the text checks for the literal strings any match must contain (see {@link RegexFactors}). A text
 * without them gets a matcher that finds nothing, which is what the expression would have found. The
 * criteria run a few hundred cues over every message; most cues name words a given message lacks, so
 * this keeps grading fast without changing a single verdict (the pre-filter is tested against the
 * expressions themselves).
 */
public final class TextPattern {

    /** Matches nothing; its matcher stands in for the real one when the pre-filter rules a text out. */
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * Creating a matcher for a large cue allocates its whole backtracking state: each thread reuses one per cue,
     * kept in one array per thread by cue number (a thread-local per cue made hundreds of them, slow to look up).
     */
    private static final ThreadLocal<Matcher[]> REUSABLE = ThreadLocal.withInitial(() -> new Matcher[0]);

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Pattern pattern;
    private final Prefilter factors;
    /** This cue's place in each thread's reusable matchers. */
    private final int number;

    private TextPattern(Pattern pattern, Prefilter factors) {
        this.pattern = pattern;
        this.factors = factors;
        this.number = COUNT.getAndIncrement();
    }

    /** This thread's matcher of this cue, reset to {@code text}. */
    private Matcher reused(CharSequence text) {
        Matcher[] matchers = REUSABLE.get();
        if (number >= matchers.length) {
            matchers = Arrays.copyOf(matchers, Math.max(number + 1, COUNT.get()));
            REUSABLE.set(matchers);
        }
        Matcher matcher = matchers[number];
        if (matcher == null) {
            matcher = pattern.matcher(text);
            matchers[number] = matcher;
            return matcher;
        }
        return matcher.reset(text);
    }

    public static TextPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static TextPattern compile(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        boolean literalsKeepTheirCase = (flags & (Pattern.CASE_INSENSITIVE | Pattern.LITERAL | Pattern.COMMENTS)) == 0;
        Optional<Set<String>> required = literalsKeepTheirCase ? RegexFactors.of(regex) : Optional.empty();
        return new TextPattern(pattern, required.map(Prefilter::of).orElse(null));
    }

    /** The expression itself, for the few uses that need a {@link Pattern}. */
    public Pattern pattern() {
        return pattern;
    }

    /** Whether {@code text} may contain a match; false is certain, true means "run the expression". */
    public boolean mayMatch(CharSequence text) {
        return factors == null || factors.mayOccurIn(text);
    }

    /** A matcher over {@code text}; one that finds nothing when the text cannot match. */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER.matcher(text);
    }

    /**
     * A matcher over {@code text} that this thread reuses: valid only until this thread asks this pattern
     * for another one, so callers read what they need from it before calling anything else.
     */
    public Matcher reusableMatcher(CharSequence text) {
        return mayMatch(text) ? reused(text) : NEVER.matcher(text);
    }

    /** {@link #reusableMatcher} for a text already known to pass the pre-filter. */
    Matcher reusableMatcherPrefiltered(CharSequence text) {
        return reused(text);
    }

    /** Whether the expression finds a match anywhere in {@code text}. */
    public boolean foundIn(CharSequence text) {
        return mayMatch(text) && reused(text).find();
    }

    /** The literal strings a match must contain one of, for tests and diagnostics; empty when unknown. */
    public Set<String> requiredFactors() {
        return factors == null ? Set.of() : factors.strings();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** How a text is checked for a cue's factors. */
    private interface Prefilter {
        Set<String> strings();

        boolean mayOccurIn(CharSequence text);

        static Prefilter of(Set<String> factors) {
            return FactorIndex.indexable(factors)
                    ? new Indexed(factors, FactorIndex.register(factors))
                    : new FactorTrie(factors);
        }
    }

    /** ASCII factors: looked up in the shared index, which scans each text once for every cue. */
    private record Indexed(Set<String> strings, int[] ids) implements Prefilter {
        @Override
        public boolean mayOccurIn(CharSequence text) {
            return FactorIndex.containsAny(text, ids);
        }
    }

    /**
     * Other factors (emoji, inverted marks): a trie walked from every position of the text. Most positions
     * start no factor, so the root's children are also indexed by character for a one-step test.
     */
    private static final class FactorTrie implements Prefilter {
        private final Set<String> strings;
        private final Node root = new Node();
        private final Node[] asciiRoot = new Node[128];

        FactorTrie(Set<String> strings) {
            this.strings = Set.copyOf(strings);
            for (String factor : strings) {
                Node node = root;
                for (int i = 0; i < factor.length(); i++) {
                    node = node.childOrNew(factor.charAt(i));
                }
                node.terminal = true;
            }
            for (char c = 0; c < asciiRoot.length; c++) {
                asciiRoot[c] = root.child(c);
            }
        }

        @Override
        public Set<String> strings() {
            return strings;
        }

        @Override
        public boolean mayOccurIn(CharSequence text) {
            int length = text.length();
            for (int start = 0; start < length; start++) {
                char first = text.charAt(start);
                Node node = first < 128 ? asciiRoot[first] : root.child(first);
                if (node == null) {
                    continue;
                }
                if (node.terminal) {
                    return true;
                }
                for (int i = start + 1; i < length; i++) {
                    node = node.child(text.charAt(i));
                    if (node == null) {
                        break;
                    }
                    if (node.terminal) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A trie node with its children in a small sorted array: factors are short and branch little. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean terminal;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = created;
            return created;
        }
    }
}
