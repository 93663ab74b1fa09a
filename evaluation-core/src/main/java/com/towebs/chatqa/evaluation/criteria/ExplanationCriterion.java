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
import java.util.regex.Matcher;

/**
 * EXPLANATION: the agent briefly tells the customer what it did (when solved) or what it found (when not),
 * or why it cannot solve it from the chat. It asserts something: a cause ("el problema era que..."), a
 * finding ("veo que el dominio esta vencido desde..."), an action taken ("lo que hice fue...", "ya te
 * restableci la clave") or a reason it cannot act ("no lo puedo resolver desde aca porque...").
 *
 * <p>Not explanations: questions (a hypothesis asked, "¿puede ser que no renovaste el dominio?", is diagnosis);
 * a bare outcome ("ya esta", "listo", "ya quedo solucionado") which says neither what was done nor what was
 * wrong; a future promise ("lo voy a revisar"); instructions for the customer.
 */
final class ExplanationCriterion implements Criterion {

    private static final String FILE = "criteria/explanation";

    /** Explaining words: a cause, a finding, an action taken, why it cannot be solved from the chat. */
    private final List<TextPattern> explanations;

    /** The customer's own account said back ("o sea que la web da error 503") is a paraphrase, not a finding. */
    private final TextPattern restatement;

    ExplanationCriterion(CueSet cues) {
        explanations = cues.patterns(FILE, "explanation");
        restatement = cues.pattern(FILE, "restatement");
    }

    @Override
    public CriterionId id() {
        return CriterionId.EXPLANATION;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<Evidence> explanation = explanation(message);
            if (explanation.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, explanation.get());
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("explanation.none"));
    }

    /** The first assertive sentence of the message that explains (questions only ask). */
    private Optional<Evidence> explanation(AnalyzedMessage message) {
        return message.text().fact(this, this::explainingWords).map(quote -> new Evidence(message.index(), quote));
    }

    /** The explaining words of a text, read once per text (agents paste their explanations). */
    private Optional<String> explainingWords(NormalizedText text) {
        List<TextPattern> possible = Sentences.cuesPossibleIn(text, explanations);
        if (possible.isEmpty()) {
            return Optional.empty();
        }
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (sentence.question() || restatement.foundIn(sentence.text())) {
                continue;
            }
            for (TextPattern pattern : possible) {
                Matcher matcher = pattern.matcher(sentence.text());
                if (matcher.find()) {
                    int start = sentence.start();
                    return Optional.of(text.match(
                                    start + matcher.start(),
                                    start + sentence.text().length())
                            .quote());
                }
            }
        }
        return Optional.empty();
    }
}
