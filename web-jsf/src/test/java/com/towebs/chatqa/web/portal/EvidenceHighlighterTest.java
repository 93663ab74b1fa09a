package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.web.portal.EvidenceHighlighter.Quote;
import com.towebs.chatqa.web.portal.EvidenceHighlighter.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceHighlighterTest {

    @Test
    void aQuoteIsMarkedBetweenPlainText() {
        List<Segment> segments = EvidenceHighlighter.segments("Hola Pedro, soy Lucía. ¿En qué te ayudo?",
                List.of(new Quote("GREETING", "Hola Pedro, soy Lucía")));

        assertThat(segments).containsExactly(new Segment("Hola Pedro, soy Lucía", true, "GREETING"),
                new Segment(". ¿En qué te ayudo?", false, null));
    }

    @Test
    void overlappingQuotesMergeAndNameEveryCriterion() {
        List<Segment> segments = EvidenceHighlighter.segments("entiendo, qué bronca; ya lo reviso",
                List.of(new Quote("EMPATHY", "entiendo, qué bronca"), new Quote("PARAPHRASE", "qué bronca; ya")));

        assertThat(segments).containsExactly(new Segment("entiendo, qué bronca; ya", true, "EMPATHY PARAPHRASE"),
                new Segment(" lo reviso", false, null));
    }

    @Test
    void aQuoteTheTextNoLongerHoldsMarksNothing() {
        assertThat(EvidenceHighlighter.segments("mi clave es [REDACTED:PASSWORD]", List.of(new Quote("X", "hunter2"))))
                .containsExactly(new Segment("mi clave es [REDACTED:PASSWORD]", false, null));
    }

    @Test
    void quotesAreFoundRegardlessOfCase() {
        assertThat(EvidenceHighlighter.segments("GRACIAS por esperar", List.of(new Quote("HOLD_FOLLOW_UP", "gracias por esperar"))))
                .containsExactly(new Segment("GRACIAS por esperar", true, "HOLD_FOLLOW_UP"));
    }

    @Test
    void markupInTheTextStaysInTheSegmentsVerbatimForThePageToEscape() {
        String text = "<script>alert('xss')</script> no anda";

        List<Segment> segments = EvidenceHighlighter.segments(text, List.of(new Quote("DIAGNOSIS", "no anda")));

        assertThat(segments).extracting(Segment::text).containsExactly("<script>alert('xss')</script> ", "no anda");
    }
}
