package com.towebs.chatqa.evaluation.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out, from a regular expression's source, a set of literal strings one of which every match must
 * contain (its "required factors"). A text containing none of them cannot match, so the expression need
 * not run: most criteria cues look for words a message rarely has. The analysis is conservative: whatever
 * it does not understand (inline flags, back-references, classes it cannot enumerate) counts as "could be
 * anything", and an expression that could match the empty string gets no factors at all.
 */
final class RegexFactors {

    /** Beyond this many strings an exact set is widened to factors; keeps cross products small. */
    private static final int MAX_EXACT = 64;
    /** Factors are cut to this length: shorter strings are as selective in chat text and the trie stays small. */
    private static final int MAX_FACTOR_LENGTH = 6;
    /** A class with more members than this is "any character". */
    private static final int MAX_CLASS_SIZE = 8;

    /**
     * What is known of what a piece of the expression matches: {@code exact}, every string it can match
     * (when few and finite), or else {@code factors}, strings one of which each match contains; both null
     * means nothing is known.
     */
    private record Info(Set<String> exact, Set<String> factors) {
        static final Info ANYTHING = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exactly(Set<String> strings) {
            return strings.size() <= MAX_EXACT ? new Info(strings, null) : new Info(null, simplify(strings));
        }

        /** The factors this piece guarantees, or null. */
        Set<String> required() {
            if (exact != null) {
                return exact.contains("") ? null : simplify(exact);
            }
            return factors;
        }
    }

    private final String regex;
    private int pos;

    private RegexFactors(String regex) {
        this.regex = regex;
    }

    /** The required factors of {@code regex}, or empty when none can be derived. */
    static Optional<Set<String>> of(String regex) {
        try {
            RegexFactors parser = new RegexFactors(regex);
            Info info = parser.alternation();
            if (parser.pos != regex.length()) {
                return Optional.empty();
            }
            Set<String> required = info.required();
            return required == null || required.isEmpty() || required.contains("")
                    ? Optional.empty()
                    : Optional.of(required);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (branches.stream().allMatch(b -> b.exact() != null)) {
            Set<String> union = new LinkedHashSet<>();
            branches.forEach(b -> union.addAll(b.exact()));
            return Info.exactly(union);
        }
        Set<String> union = new LinkedHashSet<>();
        for (Info branch : branches) {
            Set<String> required = branch.required();
            if (required == null) {
                return Info.ANYTHING;
            }
            union.addAll(required);
        }
        return new Info(null, simplify(union));
    }

    /**
     * A sequence: runs of exactly known pieces are multiplied out ("tick" "et" gives "ticket"), and the
     * sequence requires the most selective of its runs and other pieces.
     */
    private Info concatenation() {
        Set<String> run = Set.of("");
        Set<String> best = null;
        boolean allExact = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Info piece = quantified(atom());
            if (piece.exact() != null && (long) run.size() * piece.exact().size() <= MAX_EXACT) {
                run = product(run, piece.exact());
                continue;
            }
            if (piece.exact() != null) {
                best = better(best, Info.exactly(run).required());
                run = piece.exact();
                continue;
            }
            allExact = false;
            best = better(best, Info.exactly(run).required());
            best = better(best, piece.required());
            run = Set.of("");
        }
        if (allExact && best == null) {
            return Info.exactly(run);
        }
        return new Info(null, better(best, Info.exactly(run).required()));
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> product = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                product.add(a + b);
            }
        }
        return product;
    }

    /** The more selective of two factor sets: longer shortest string, then fewer strings. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
        int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private Info quantified(Info atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        Info result;
        if (c == '?') {
            pos++;
            if (atom.exact() != null) {
                Set<String> optional = new LinkedHashSet<>(atom.exact());
                optional.add("");
                result = Info.exactly(optional);
            } else {
                result = Info.ANYTHING;
            }
        } else if (c == '*') {
            pos++;
            result = Info.ANYTHING;
        } else if (c == '+') {
            pos++;
            result = new Info(null, atom.required());
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            String bounds = regex.substring(pos + 1, close);
            pos = close + 1;
            int min = Integer.parseInt(bounds.split(",", -1)[0].strip());
            result = min == 0 ? Info.ANYTHING : new Info(null, atom.required());
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: matches the same strings
        }
        return result;
    }

    private Info atom() {
        char c = regex.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                pos++;
                return Info.EMPTY;
            }
            case '.' -> {
                pos++;
                return Info.ANYTHING;
            }
            default -> {
                pos++;
                if (Character.isHighSurrogate(c) && pos < regex.length()) {
                    return Info.exactly(Set.of(regex.substring(pos - 1, ++pos)));
                }
                return Info.exactly(Set.of(String.valueOf(c)));
            }
        }
    }

    private Info group() {
        pos++; // (
        boolean lookaround = false;
        if (regex.startsWith("?:", pos)) {
            pos += 2;
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (regex.startsWith("?<", pos)) {
            pos = regex.indexOf('>', pos) + 1; // named group
        } else if (regex.startsWith("?", pos)) {
            throw new Unsupported(); // inline flags and the like change what literals mean
        }
        Info inner = alternation();
        if (regex.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        // A lookaround matches no characters of its own.
        return lookaround ? Info.EMPTY : inner;
    }

    private Info characterClass() {
        pos++; // [
        if (regex.charAt(pos) == '^') {
            skipClass();
            return Info.ANYTHING;
        }
        Set<String> members = new LinkedHashSet<>();
        boolean first = true;
        while (first || regex.charAt(pos) != ']') {
            first = false;
            char c = regex.charAt(pos);
            if (c == '[' || c == '&') {
                throw new Unsupported(); // nested classes and intersections
            }
            String member;
            if (c == '\\') {
                char escaped = regex.charAt(pos + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    skipClass();
                    return Info.ANYTHING; // \s \w \d \p{...} and friends
                }
                member = String.valueOf(escaped);
                pos += 2;
            } else {
                member = String.valueOf(c);
                pos++;
            }
            if (regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                char from = member.charAt(0);
                char to = regex.charAt(pos + 1);
                if (to == '\\' || to - from > MAX_CLASS_SIZE) {
                    skipClass();
                    return Info.ANYTHING;
                }
                for (char r = from; r <= to; r++) {
                    members.add(String.valueOf(r));
                }
                pos += 2;
            } else {
                members.add(member);
            }
        }
        pos++; // ]
        return members.size() <= MAX_CLASS_SIZE ? Info.exactly(members) : Info.ANYTHING;
    }

    private void skipClass() {
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private Info escape() {
        char c = regex.charAt(pos + 1);
        pos += 2;
        if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') {
            return Info.EMPTY;
        }
        if (c == 'p' || c == 'P') {
            if (regex.charAt(pos) == '{') {
                pos = regex.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return Info.ANYTHING;
        }
        if (c == 'Q') {
            int end = regex.indexOf("\\E", pos);
            String literal = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
            pos = end < 0 ? regex.length() : end + 2;
            return Info.exactly(Set.of(literal));
        }
        if (Character.isDigit(c) || c == 'k') {
            throw new Unsupported(); // back-references
        }
        if (Character.isLetter(c)) {
            return switch (c) {
                case 't' -> Info.exactly(Set.of("\t"));
                case 'n' -> Info.exactly(Set.of("\n"));
                case 'r' -> Info.exactly(Set.of("\r"));
                default -> Info.ANYTHING; // \s \w \d \S \W \D \h \R \x..
            };
        }
        return Info.exactly(Set.of(String.valueOf(c)));
    }

    /**
     * Cuts factors to {@link #MAX_FACTOR_LENGTH} and drops any that contains another one: a text holding
     * the longer string holds the shorter too, so the shorter suffices.
     */
    static Set<String> simplify(Set<String> factors) {
        List<String> cut = factors.stream()
                .map(f -> f.length() > MAX_FACTOR_LENGTH ? f.substring(0, MAX_FACTOR_LENGTH) : f)
                .distinct()
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        Set<String> kept = new LinkedHashSet<>();
        for (String factor : cut) {
            if (kept.stream().noneMatch(factor::contains)) {
                kept.add(factor);
            }
        }
        return kept;
    }

    /** A construct the analysis does not model; the expression then gets no factors. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
