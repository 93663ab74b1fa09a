package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;

/**
 * COURTESY (critical): no agent message may be rude, sarcastic, blaming, dismissive or condescending. One
 * such message fails the chat, whatever else the agent did, and every offending message is quoted so the
 * reviewer sees them all. Curtness is not rudeness ("q dominio es?", "Hace eso."): the cues in
 * {@link Discourtesy} are constructions that are discourteous in themselves.
 */
final class CourtesyCriterion implements Criterion {

    private final Discourtesy discourtesy;

    CourtesyCriterion(Discourtesy discourtesy) {
        this.discourtesy = discourtesy;
    }

    @Override
    public CriterionId id() {
        return CriterionId.COURTESY;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        List<Evidence> offences = List.copyOf(discourtesy.inChat(chat).values());
        if (!offences.isEmpty()) {
            return CriterionResult.of(
                    id(),
                    Verdict.NOT_MET,
                    offences,
                    offences.size() == 1 ? Note.of("courtesy.one") : Note.of("courtesy.many", offences.size()));
        }
        int written = chat.agentMessages().size();
        return CriterionResult.of(
                id(),
                Verdict.MET,
                List.of(),
                written == 0 ? Note.of("courtesy.no-agent-yet") : Note.of("courtesy.none", written));
    }
}
