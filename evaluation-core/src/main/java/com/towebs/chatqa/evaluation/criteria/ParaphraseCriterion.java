package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.SpanishNormalizer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * PARAPHRASE: the agent shows it understood the problem by restating it in its own words ("Entiendo, estas
 * teniendo problemas con el envio de mails"). A restatement is either framed as understanding ("entiendo,",
 * "o sea que", "si te entendi bien", "me decis que", "por lo que me contas") or describes the customer's
 * problem in the second person ("no te llegan los correos", "tenes problemas para entrar al panel"), and in
 * both cases it must carry what the customer said: a content word in common, or the same topic in other
 * words (customer "no salen los mails", agent "problemas con el envio de correos"). A bare "ok",
 * "entiendo" or "perfecto", or "entiendo tu molestia", restates nothing.
 */
final class ParaphraseCriterion implements Criterion {

    private static final String FILE = "criteria/paraphrase";

    /** Framings of understanding; what follows them in the sentence is the restatement. */
    private final TextPattern framing;

    /** A restatement put to the customer for confirmation: "..., ¿no?", "..., ¿es asi?", "..., ¿correcto?" */
    private final TextPattern confirmationTag;

    /** "veo que" frames a restatement only when it describes the customer's problem ("veo que no podes..."). */
    private final TextPattern iSee;

    /** The customer's problem described in the second person. */
    private final TextPattern yourProblem;

    /** A second-person problem under a condition or a purpose is advice, not a restatement. */
    private final TextPattern condition;

    /** A clause that asks for something or announces work rather than restating. */
    private final TextPattern requestLed;

    /**
     * "podes..." after "entiendo," offers or asks ("entiendo, podes probar..."); after a check of understanding
     * ("si entendi bien, podes enviar pero no recibir") it states what the customer can do.
     */
    private final TextPattern modalLed;

    /** Framings that check understanding: what follows them is put to the customer as its own account. */
    private final TextPattern understandingCheck;

    /** Empathy ("entiendo lo molesto que es...") is valued elsewhere, not as a restatement. */
    private final TextPattern feelingLed;

    private final SupportVocabulary vocabulary;
    private final HoldNotices holdNotices;

    ParaphraseCriterion(CueSet cues, SupportVocabulary vocabulary, HoldNotices holdNotices) {
        framing = cues.pattern(FILE, "framing");
        confirmationTag = cues.pattern(FILE, "confirmation-tag");
        iSee = cues.pattern(FILE, "i-see");
        yourProblem = cues.pattern(FILE, "your-problem");
        condition = cues.pattern(FILE, "condition");
        requestLed = cues.pattern(FILE, "request-led");
        modalLed = cues.pattern(FILE, "modal-led");
        understandingCheck = cues.pattern(FILE, "understanding-check");
        feelingLed = cues.pattern(FILE, "feeling-led");
        this.vocabulary = vocabulary;
        this.holdNotices = holdNotices;
    }

    @Override
    public CriterionId id() {
        return CriterionId.PARAPHRASE;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        Set<String> names = names(chat);
        StringBuilder customerSoFar = new StringBuilder();
        for (AnalyzedMessage message : chat.messages()) {
            if (message.isCustomer()) {
                customerSoFar.append(' ').append(message.text().text());
            } else if (message.isAgent() && !customerSoFar.isEmpty()) {
                Optional<Evidence> restatement = restatement(message, customerSoFar.toString(), names);
                if (restatement.isPresent()) {
                    return CriterionResult.of(id(), Verdict.MET, restatement.get());
                }
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("paraphrase.none"));
    }

    private Optional<Evidence> restatement(AnalyzedMessage message, String customerText, Set<String> names) {
        List<Sentences.Sentence> sentences = Sentences.of(message.text());
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            String text = sentence.text();
            boolean taggedNext = i + 1 < sentences.size()
                    && confirmationTag.matcher(sentences.get(i + 1).text()).matches();
            if (taggedNext && !sentence.question() && restates(text, customerText, names, true)) {
                return Optional.of(quote(message, sentence, 0));
            }
            Matcher framing = this.framing.matcher(text);
            if (framing.find()
                    && restates(
                            text.substring(framing.end()),
                            customerText,
                            names,
                            true,
                            !sentence.question() && understandingCheck.foundIn(framing.group()))) {
                return Optional.of(quote(message, sentence, framing.start()));
            }
            Matcher iSee = this.iSee.matcher(text);
            if (iSee.find()
                    && yourProblem.matcher(text.substring(iSee.end())).lookingAt()
                    && restates(text.substring(iSee.end()), customerText, names, true)) {
                return Optional.of(quote(message, sentence, iSee.start()));
            }
            Matcher tag = confirmationTag.matcher(text);
            if (sentence.question()
                    && tag.find()
                    && !text.startsWith("¿")
                    && restates(text.substring(0, tag.start()), customerText, names, true)) {
                return Optional.of(quote(message, sentence, 0));
            }
            if (sentence.question()) {
                continue; // "¿no te llegan los mails?" asks; it is diagnosis unless framed as understanding
            }
            Matcher yours = yourProblem.matcher(text);
            while (yours.find()) {
                if (!condition.matcher(text.substring(0, yours.start())).find()
                        && restates(text.substring(yours.start()), customerText, names, false)) {
                    return Optional.of(quote(message, sentence, yours.start()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a clause says something the customer said, in the same or in other words. */
    private boolean restates(String clause, String customerText, Set<String> names, boolean framed) {
        return restates(clause, customerText, names, framed, false);
    }

    private boolean restates(
            String clause, String customerText, Set<String> names, boolean framed, boolean afterUnderstandingCheck) {
        String restated = clause.strip();
        if (restated.isEmpty()
                || (framed
                        && (requestLed.foundIn(restated)
                                || (!afterUnderstandingCheck && modalLed.foundIn(restated))
                                || feelingLed.foundIn(restated)))) {
            return false;
        }
        if (holdNotices.in(SpanishNormalizer.normalize(restated)).isPresent()
                && (requestLed.foundIn(restated) || modalLed.foundIn(restated))) {
            return false;
        }
        Set<String> said = vocabulary.contentStems(customerText);
        Set<String> stems = new HashSet<>(vocabulary.contentStems(restated));
        stems.removeAll(names);
        if (stems.stream().anyMatch(stem -> said.stream().anyMatch(other -> SupportVocabulary.sameWord(stem, other)))) {
            return true;
        }
        Set<String> topics = new HashSet<>(vocabulary.topics(restated));
        topics.retainAll(vocabulary.topics(customerText));
        return !topics.isEmpty();
    }

    private static Evidence quote(AnalyzedMessage message, Sentences.Sentence sentence, int from) {
        return new Evidence(
                message.index(),
                message.text()
                        .match(
                                sentence.start() + from,
                                sentence.start() + sentence.text().length())
                        .quote());
    }

    /** The participants' names are shared words but no restatement of anything. */
    private Set<String> names(AnalyzedChat chat) {
        Set<String> names = new HashSet<>();
        Stream.of(
                        chat.chat().agent().name(),
                        chat.chat().customer() == null
                                ? null
                                : chat.chat().customer().name())
                .filter(name -> name != null)
                .map(name -> SpanishNormalizer.normalize(name).text().toLowerCase(Locale.ROOT))
                .forEach(name -> names.addAll(vocabulary.contentStems(name)));
        return names;
    }
}
