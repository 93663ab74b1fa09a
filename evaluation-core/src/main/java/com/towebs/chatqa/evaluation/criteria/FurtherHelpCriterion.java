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
import java.util.Optional;

/**
 * FURTHER_HELP: the agent offers help beyond the problem at hand ("¿te puedo ayudar en algo mas?", "¿alguna
 * otra consulta?", "cualquier otra duda, escribinos"). The opening "¿en que puedo ayudarte?" offers help with
 * the first problem, not further help, so an offer needs "mas" / "otra" / "cualquier" / standing availability.
 */
final class FurtherHelpCriterion implements Criterion {

    private final TextPattern offer;

    FurtherHelpCriterion(CueSet cues) {
        this.offer = cues.pattern("criteria/further-help", "offer");
    }

    @Override
    public CriterionId id() {
        return CriterionId.FURTHER_HELP;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            Optional<Evidence> offer = message.evidence(this.offer);
            if (offer.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, offer.get());
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("further-help.none"));
    }
}
