package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Optional;

/**
 * TICKET: when the agent cannot solve the problem in the chat it opens a ticket and gives the customer its
 * number to follow it up. A ticket mentioned by the agent with its number (in the same message or a later
 * one: "te genero un ticket" ... "#483920") is MET; a ticket announced without a number (yet) is PARTIAL
 * (the number may come by mail, but the customer cannot follow it up from the chat); no ticket, NOT_APPLICABLE.
 * A ticket ruled out ("no hace falta abrir un ticket") or only offered as a question is not announced.
 */
final class TicketCriterion implements Criterion {

    private static final String FILE = "criteria/ticket";

    /** The ticket itself: ticket, caso, numero de gestion, incidencia, reclamo... */
    private final TextPattern ticket;

    /** An identifier: "#483920", "TW-2231", "77120", "N° 4412" (at least three digits, not a time or a date). */
    private final TextPattern number;

    /** Where a number is given as the ticket's: "#...", "numero ... es", "ticket 77120", "N° 4412". */
    private final TextPattern numberGiven;

    /** "no hace falta un ticket", "sin necesidad de abrir un ticket": a ticket ruled out, earlier in the sentence. */
    private final TextPattern ruledOut;

    TicketCriterion(CueSet cues) {
        ticket = cues.pattern(FILE, "ticket");
        number = cues.pattern(FILE, "number");
        numberGiven = cues.pattern(FILE, "number-given");
        ruledOut = cues.pattern(FILE, "ruled-out");
    }

    @Override
    public CriterionId id() {
        return CriterionId.TICKET;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        AnalyzedMessage announced = null;
        Evidence announcement = null;
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<NormalizedText.TextMatch> mention = announcement(message.text());
            if (mention.isPresent()) {
                Optional<NormalizedText.TextMatch> number = numberNear(message.text(), mention.get());
                if (number.isPresent()) {
                    return met(message, mention.get(), number.get());
                }
                if (announced == null) {
                    announced = message;
                    announcement = new Evidence(message.index(), mention.get().quote());
                }
            } else if (announced != null) {
                Optional<NormalizedText.TextMatch> number =
                        message.text().find(numberGiven).or(() -> onlyANumber(message.text()));
                if (number.isPresent()) {
                    return CriterionResult.of(
                            id(),
                            Verdict.MET,
                            List.of(
                                    announcement,
                                    new Evidence(message.index(), number.get().quote())),
                            (Note) null);
                }
            }
        }
        if (announced != null) {
            return CriterionResult.of(id(), Verdict.PARTIAL, List.of(announcement), Note.of("ticket.without-number"));
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, Note.of("ticket.none"));
    }

    private CriterionResult met(
            AnalyzedMessage message, NormalizedText.TextMatch mention, NormalizedText.TextMatch number) {
        int start = Math.min(mention.start(), number.start());
        int end = Math.max(mention.end(), number.end());
        return CriterionResult.of(
                id(),
                Verdict.MET,
                new Evidence(message.index(), message.text().match(start, end).quote()));
    }

    /**
     * The first mention of a ticket that announces one: not ruled out, and not in a question ("¿queres que te
     * abra un ticket?" offers one, "¿tenes un numero de ticket?" asks about another).
     */
    private Optional<NormalizedText.TextMatch> announcement(NormalizedText text) {
        return text.fact(this, this::findAnnouncement);
    }

    private Optional<NormalizedText.TextMatch> findAnnouncement(NormalizedText text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        for (NormalizedText.TextMatch match : text.findAll(ticket)) {
            Optional<Sentences.Sentence> sentence = sentences.stream()
                    .filter(s -> s.start() <= match.start() && match.start() < s.end())
                    .findFirst();
            boolean asked = sentence.map(Sentences.Sentence::question).orElse(false);
            String before = sentence.map(s -> text.text().substring(s.start(), match.start()))
                    .orElse("");
            if (!asked && !ruledOut.foundIn(before)) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    /** A number in the announcing message: "#483920", "ticket 77120", "numero de caso TW-2231". */
    private Optional<NormalizedText.TextMatch> numberNear(NormalizedText text, NormalizedText.TextMatch mention) {
        return text.findAll(number).stream()
                .filter(number -> number.start() >= mention.end()
                        ? number.start() - mention.end() <= 60
                        : mention.start() - number.end() <= 40)
                .findFirst();
    }

    /** A later message that is just the identifier: "TW-2231", "#483920". */
    private Optional<NormalizedText.TextMatch> onlyANumber(NormalizedText text) {
        String bare = text.text().replaceAll("[\\s.!:,]", "");
        return bare.matches("#?[a-z]{0,5}-?\\d{3,}") ? text.find(number) : Optional.empty();
    }
}
