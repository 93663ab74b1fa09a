package com.towebs.chatqa.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a message's text into plain and highlighted segments for the evidence quoted from it, so the page marks
 * the words that decided a verdict while rendering every segment as escaped text (never as markup). Overlapping
 * quotes merge into one highlighted segment naming every criterion; a quote the text does not contain (the text
 * was redacted after grading, say) highlights nothing.
 */
public final class EvidenceHighlighter {

    /** A quote of a message that a criterion's verdict rests on. */
    public record Quote(String criterion, String text) implements Serializable {}

    /** A piece of the message: highlighted pieces carry the criteria quoting them. */
    public record Segment(String text, boolean highlighted, String criteria) implements Serializable {}

    private record Mark(int start, int end, String criterion) {}

    private EvidenceHighlighter() {}

    public static List<Segment> segments(String text, List<Quote> quotes) {
        List<Mark> marks = new ArrayList<>();
        for (Quote quote : quotes) {
            if (quote.text() == null || quote.text().isBlank()) {
                continue;
            }
            int at = text.indexOf(quote.text());
            if (at < 0) {
                at = indexIgnoringCase(text, quote.text());
            }
            if (at >= 0) {
                marks.add(new Mark(at, at + quote.text().length(), quote.criterion()));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < marks.size()) {
            int start = marks.get(i).start();
            int end = marks.get(i).end();
            Set<String> criteria = new LinkedHashSet<>();
            criteria.add(marks.get(i).criterion());
            i++;
            while (i < marks.size() && marks.get(i).start() < end) {
                end = Math.max(end, marks.get(i).end());
                criteria.add(marks.get(i).criterion());
                i++;
            }
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), false, null));
            }
            int from = Math.max(start, position);
            segments.add(new Segment(text.substring(from, end), true, String.join(" ", criteria)));
            position = end;
        }
        if (position < text.length() || segments.isEmpty()) {
            segments.add(new Segment(text.substring(position), false, null));
        }
        return segments;
    }

    /**
     * Where {@code quote} first occurs in {@code text} regardless of case, in the text's own positions: lower-casing
     * both and searching would shift the positions after a letter whose lower case is longer (Turkish dotted I).
     */
    private static int indexIgnoringCase(String text, String quote) {
        for (int at = 0; at + quote.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, quote, 0, quote.length())) {
                return at;
            }
        }
        return -1;
    }
}
