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
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Optional;

/**
 * CUSTOMER_APPRECIATION: genuine thanks or satisfaction from the customer, the rubric's measure of how the
 * service landed ("gracias!", "me salvaste", "buena atencion", "sos un genio"). Only what the customer says
 * once the agent has taken part counts: "desde ya gracias" in the first message thanks no one yet.
 *
 * <p>Sarcasm does not count, and rioplatense sarcasm is mostly praise next to a complaint: "gracias por
 * nada", "genial, gracias por hacerme perder la tarde", "excelente servicio, 3 horas esperando", an eye-roll
 * emoji, praise in quotes, or the ironic tag "eh" ("gracias eh, re rapido todo") or a laugh after praise
 * when the customer is angry. "Gracias igual" after a failure is thanks without satisfaction: it does not
 * count either. A complaint in a later message does not undo thanks ("si ahi llego, gracias" / "la proxima
 * avisen antes"): each message is judged on its own words and what led to it.
 */
final class CustomerAppreciationCriterion implements Criterion {

    private static final String FILE = "criteria/customer-appreciation";

    private final TextPattern thanks;

    /** Praise, and praise that opens a sentence on its own: "me salvaste", "sos un genio", "capo!". */
    private final List<TextPattern> praise;

    // Sarcasm in the praise itself: "gracias por nada", "gracias por hacerme perder la tarde".
    private final TextPattern sarcasticThanks;

    // Thanks that says the service did not satisfy: "gracias igual", "gracias de todas formas".
    private final TextPattern lukewarmThanks;

    // "desde ya gracias", "gracias de antemano": thanks in advance, before any service.
    private final TextPattern thanksInAdvance;

    // "gracias a ustedes perdi 40 ventas": "gracias a" giving a cause, not thanks.
    private final TextPattern becauseOf;

    /** A complaint next to the praise makes it ironic: "excelente servicio, 3 horas esperando". */
    private final TextPattern complaint;

    /** The ironic tag after praise, "gracias eh", and a laugh after praise. */
    private final TextPattern ironicTag;

    /** Emoji that turn praise into sarcasm: eye-roll, unamused, upside-down, facepalm, anger. */
    private final TextPattern sarcasticEmoji;

    /** Praise in quotes: "excelente" servicio, la «ayuda». */
    private final TextPattern scareQuotes;

    private static final int RECENT_CUSTOMER_MESSAGES = 3;

    CustomerAppreciationCriterion(CueSet cues) {
        thanks = cues.pattern(FILE, "thanks");
        praise = cues.patterns(FILE, "praise");
        sarcasticThanks = cues.pattern(FILE, "sarcastic-thanks");
        lukewarmThanks = cues.pattern(FILE, "lukewarm-thanks");
        thanksInAdvance = cues.pattern(FILE, "thanks-in-advance");
        becauseOf = cues.pattern(FILE, "because-of");
        complaint = cues.pattern(FILE, "complaint");
        ironicTag = cues.pattern(FILE, "ironic-tag");
        sarcasticEmoji = cues.pattern(FILE, "sarcastic-emoji");
        scareQuotes = cues.pattern(FILE, "scare-quotes");
    }

    @Override
    public CriterionId id() {
        return CriterionId.CUSTOMER_APPRECIATION;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        Optional<AnalyzedMessage> firstAgent = chat.firstAgentMessage();
        if (firstAgent.isEmpty()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("appreciation.no-agent-yet"));
        }
        boolean upset = context.customerIs(CustomerType.ANGRY) || context.customerIs(CustomerType.RUDE);
        List<AnalyzedMessage> customer = chat.customerMessages();
        for (int i = 0; i < customer.size(); i++) {
            AnalyzedMessage message = customer.get(i);
            if (message.index() < firstAgent.get().index()) {
                continue;
            }
            Optional<Evidence> praise = praise(message.text());
            if (praise.isPresent() && !sarcastic(message, upset || recentComplaint(customer, i))) {
                return CriterionResult.of(
                        id(),
                        Verdict.MET,
                        new Evidence(message.index(), praise.get().quote()));
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("appreciation.none"));
    }

    private Optional<Evidence> praise(NormalizedText text) {
        for (TextPattern cue : praise) {
            var found = text.find(cue);
            if (found.isPresent()) {
                return Optional.of(new Evidence(0, found.get().quote()));
            }
        }
        String normalized = text.text();
        var thanks = this.thanks.matcher(normalized);
        while (thanks.find()) {
            int at = thanks.start();
            if (inside(thanksInAdvance, normalized, at)
                    || inside(becauseOf, normalized, at)
                    || inside(lukewarmThanks, normalized, at)
                    || questioned(normalized, thanks.end())) {
                continue;
            }
            return Optional.of(
                    new Evidence(0, text.match(thanks.start(), thanks.end()).quote()));
        }
        return Optional.empty();
    }

    /** Whether the match of {@code pattern} covers position {@code at}. */
    private static boolean inside(TextPattern pattern, String text, int at) {
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.start() <= at && at < matcher.end()) {
                return true;
            }
        }
        return false;
    }

    /** "gracias?" asks whether thanks are due; it does not give them. */
    private static boolean questioned(String text, int end) {
        return end < text.length() && text.charAt(end) == '?';
    }

    private boolean sarcastic(AnalyzedMessage message, boolean upset) {
        String text = message.text().text();
        String original = message.message().text();
        if (sarcasticThanks.foundIn(text)
                || complaint.foundIn(text)
                || sarcasticEmoji.foundIn(original)
                || scareQuotes.foundIn(original)) {
            return true;
        }
        return upset && ironicTag.foundIn(text);
    }

    private boolean recentComplaint(List<AnalyzedMessage> customer, int index) {
        for (int i = Math.max(0, index - RECENT_CUSTOMER_MESSAGES); i < index; i++) {
            if (complaint.foundIn(customer.get(i).text().text())) {
                return true;
            }
        }
        return false;
    }
}
