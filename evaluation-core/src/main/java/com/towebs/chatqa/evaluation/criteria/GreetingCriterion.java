package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.language.TextPattern;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GREETING: the ToWebs side opens with a greeting: the panel's automatic welcome, or the agent's opening
 * turn (its first message and any it sends before the customer writes again: chat agents often send "Hola"
 * and "soy Lucia" as separate lines). Panel notices that are not a welcome ("el chat fue transferido") do
 * not open the conversation, so the agent's opening is judged after them.
 *
 * <p>A self-introduction on its own ("Soy Lucia de ToWebs") is not counted as a greeting: it names the agent
 * but does not greet, and the rubric's model opening is a welcome ("Bienvenido a ToWebs"). "Hola, soy
 * Lucia" greets through the "hola".
 */
final class GreetingCriterion implements Criterion {

    private final TextPattern greeting;

    GreetingCriterion(CueSet cues) {
        this.greeting = cues.pattern("criteria/greeting", "greeting");
    }

    @Override
    public CriterionId id() {
        return CriterionId.GREETING;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        List<AnalyzedMessage> opening = opening(chat);
        if (opening.isEmpty()) {
            return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, Note.of("greeting.nothing-yet"));
        }
        for (AnalyzedMessage message : opening) {
            Optional<Evidence> greeting = message.evidence(this.greeting);
            if (greeting.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, greeting.get());
            }
        }
        AnalyzedMessage first =
                opening.stream().filter(AnalyzedMessage::isAgent).findFirst().orElse(opening.get(0));
        return CriterionResult.of(id(), Verdict.NOT_MET, List.of(first.evidence()), Note.of("greeting.missing"));
    }

    /**
     * The messages that open the ToWebs side: system messages before the agent's first message, and the
     * agent's opening turn (its first message and those that follow before the customer writes again).
     */
    private static List<AnalyzedMessage> opening(AnalyzedChat chat) {
        List<AnalyzedMessage> opening = new ArrayList<>();
        boolean agentStarted = false;
        for (AnalyzedMessage message : chat.messages()) {
            if (message.isAgent()) {
                agentStarted = true;
                opening.add(message);
            } else if (message.isCustomer()) {
                if (agentStarted) {
                    break;
                }
            } else if (!agentStarted) {
                opening.add(message);
            } else {
                break;
            }
        }
        return opening;
    }
}
