package com.towebs.chatqa.operations.ingestion.redaction;

import com.towebs.chatqa.operations.ingestion.redaction.Redaction.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch [start, end) of an original text to be replaced by the marker of {@code kind}. When two rules
 * claim overlapping stretches, the higher {@code priority} wins, then the longer stretch. Never printed:
 * {@link #toString()} gives positions only.
 */
record Span(int start, int end, Kind kind, int priority) {

    /** A span labelled by a credential phrase ("usuario:", "mi clave es") or by the dialogue. */
    static final int CREDENTIAL = 3;
    /** A card number or a token with a known prefix or label. */
    static final int CERTAIN = 2;
    /** A token recognised only by its shape (long, mixed letters and digits). */
    static final int SHAPE = 1;

    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The spans that survive overlap resolution, in text order. */
    static List<Span> resolve(List<Span> candidates) {
        List<Span> byStrength = new ArrayList<>(candidates);
        byStrength.sort(Comparator.comparingInt(Span::priority)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt((Span s) -> s.end - s.start).reversed())
                .thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span candidate : byStrength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    /** {@code text} with every span (already resolved, in order) replaced by its marker. */
    static String apply(String text, List<Span> resolved) {
        StringBuilder out = new StringBuilder(text.length() + 16 * resolved.size());
        int at = 0;
        for (Span span : resolved) {
            out.append(text, at, span.start).append(span.kind.marker());
            at = span.end;
        }
        return out.append(text, at, text.length()).toString();
    }
}
