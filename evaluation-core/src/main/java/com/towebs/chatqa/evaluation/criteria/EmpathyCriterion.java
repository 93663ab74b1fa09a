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
import java.util.List;
import java.util.Optional;

/**
 * EMPATHY: the agent apologises for the wait or the trouble, or shows solidarity with the customer's
 * situation. Three families: an apology with what it is for ("disculpa la demora", "perdon por hacerte
 * esperar", "mil disculpas por las molestias"), an apology that stands alone ("Si, perdon." after "sigue
 * ahi??"), and solidarity ("lamento el inconveniente", "entiendo lo frustrante que es", "tenes toda la razon en
 * estar molesto", "que macana").
 *
 * <p>Not empathy: "perdon, ¿me repetis el dominio?" (excuse me before a question), "no tenes que
 * disculparte" (the customer's apology waved away), a bare "entiendo" or "me imagino!" (acknowledgement), and
 * any apology inside a discourteous message ("perdon por intentar ayudarte"): that is sarcasm.
 */
final class EmpathyCriterion implements Criterion {

    private static final String FILE = "criteria/empathy";

    private final List<TextPattern> cues;
    private final TextPattern bareApology;
    private final Discourtesy discourtesy;

    EmpathyCriterion(CueSet cues, Discourtesy discourtesy) {
        this.cues = cues.patterns(FILE, "empathy");
        this.bareApology = cues.pattern(FILE, "bare-apology");
        this.discourtesy = discourtesy;
    }

    @Override
    public CriterionId id() {
        return CriterionId.EMPATHY;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        for (AnalyzedMessage message : chat.agentMessages()) {
            if (discourtesy.inChat(chat).containsKey(message.index())) {
                continue;
            }
            Optional<Evidence> found = empathy(message);
            if (found.isPresent()) {
                return CriterionResult.of(id(), Verdict.MET, found.get());
            }
        }
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_OBSERVED, Note.of("empathy.none"));
    }

    private Optional<Evidence> empathy(AnalyzedMessage message) {
        for (TextPattern cue : cues) {
            Optional<Evidence> found = message.evidence(cue);
            if (found.isPresent()) {
                return found;
            }
        }
        return message.evidence(bareApology);
    }
}
