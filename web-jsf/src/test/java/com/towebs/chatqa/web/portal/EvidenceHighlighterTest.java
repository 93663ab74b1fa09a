package com.towebs.chatqa.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.web.portal.EvidenceHighlighter.Quote;
import com.towebs.chatqa.web.portal.EvidenceHighlighter.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceHighlighterTest {

    @Test
    void aQuoteIsMarkedBetweenPlainText() {
        List<Segment> segments = EvidenceHighlighter.segments(
                "Hola Pedro, soy Lucía. ¿En qué te ayudo?", List.of(new Quote("GREETING", "Hola Pedro, soy Lucía")));

        assertThat(segments)
                .containsExactly(
                        new Segment("Hola Pedro, soy Lucía", true, "GREETING"),
                        new Segment(". ¿En qué te ayudo?", false, null));
    }

    @Test
    void overlappingQuotesMergeAndNameEveryCriterion() {
        List<Segment> segments = EvidenceHighlighter.segments(
                "entiendo, qué bronca; ya lo reviso",
                List.of(new Quote("EMPATHY", "entiendo, qué bronca"), new Quote("PARAPHRASE", "qué bronca; ya")));

        assertThat(segments)
                .containsExactly(
                        new Segment("entiendo, qué bronca; ya", true, "EMPATHY PARAPHRASE"),
                        new Segment(" lo reviso", false, null));
    }

    @Test
    void aQuoteTheTextNoLongerHoldsMarksNothing() {
        assertThat(EvidenceHighlighter.segments("mi clave es [REDACTED:PASSWORD]", List.of(new Quote("X", "hunter2"))))
                .containsExactly(new Segment("mi clave es [REDACTED:PASSWORD]", false, null));
    }

    @Test
    void quotesAreFoundRegardlessOfCase() {
        assertThat(EvidenceHighlighter.segments(
                        "GRACIAS por esperar", List.of(new Quote("HOLD_FOLLOW_UP", "gracias por esperar"))))
                .containsExactly(new Segment("GRACIAS por esperar", true, "HOLD_FOLLOW_UP"));
    }

    @Test
    void markupInTheTextStaysInTheSegmentsVerbatimForThePageToEscape() {
        String text = "<script>alert('xss')</script> no anda";

        List<Segment> segments = EvidenceHighlighter.segments(text, List.of(new Quote("DIAGNOSIS", "no anda")));

        assertThat(segments).extracting(Segment::text).containsExactly("<script>alert('xss')</script> ", "no anda");
    }

    @Test
    void twoCriteriaQuotingTheSameWordsShareOneSegmentAndARepeatedQuoteNamesItsCriterionOnce() {
        List<Segment> segments = EvidenceHighlighter.segments(
                "Hola, soy Lucía de ToWebs",
                List.of(
                        new Quote("GREETING", "Hola, soy Lucía"),
                        new Quote("IDENTIFICATION", "Hola, soy Lucía"),
                        new Quote("GREETING", "Hola, soy Lucía")));

        assertThat(segments)
                .containsExactly(
                        new Segment("Hola, soy Lucía", true, "GREETING IDENTIFICATION"),
                        new Segment(" de ToWebs", false, null));
    }

    @Test
    void wordsTheTextRepeatsAreMarkedWhereTheyFirstOccur() {
        assertThat(EvidenceHighlighter.segments("gracias! gracias de nuevo", List.of(new Quote("CLOSING", "gracias"))))
                .containsExactly(
                        new Segment("gracias", true, "CLOSING"), new Segment("! gracias de nuevo", false, null));
    }

    @Test
    void quotesThatOnlyTouchStayApart() {
        assertThat(EvidenceHighlighter.segments(
                        "ya lo reviso y te aviso",
                        List.of(new Quote("HOLD_NOTICE", "ya lo reviso"), new Quote("FOLLOW_UP", " y te aviso"))))
                .containsExactly(
                        new Segment("ya lo reviso", true, "HOLD_NOTICE"),
                        new Segment(" y te aviso", true, "FOLLOW_UP"));
    }

    @Test
    void aQuoteFoundIgnoringCaseKeepsTheTextsOwnPositionsAfterLettersWhoseLowerCaseIsLonger() {
        // "İ" lower-cases to two chars: searching a lower-cased copy would point past the real words
        assertThat(EvidenceHighlighter.segments("İİ hola", List.of(new Quote("GREETING", "HOLA"))))
                .containsExactly(new Segment("İİ ", false, null), new Segment("hola", true, "GREETING"));
    }

    @Test
    void blankQuotesAndAnEmptyMessageMarkNothing() {
        assertThat(EvidenceHighlighter.segments("", List.of(new Quote("X", "algo"), new Quote("Y", " "))))
                .containsExactly(new Segment("", false, null));
    }

    @Test
    void aHighlightedQuoteCarriesMarkupVerbatimToo() {
        String payload = "<img src=x onerror=alert(1)>";

        assertThat(EvidenceHighlighter.segments("mirá " + payload, List.of(new Quote("EVIDENCE", payload))))
                .containsExactly(new Segment("mirá ", false, null), new Segment(payload, true, "EVIDENCE"));
    }
}
