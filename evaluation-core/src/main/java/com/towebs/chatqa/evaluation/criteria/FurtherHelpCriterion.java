package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;

/** PLACEHOLDER: being implemented. */
final class FurtherHelpCriterion implements Criterion {

    @Override
    public CriterionId id() {
        return CriterionId.FURTHER_HELP;
    }

    @Override
    public CriterionResult assess(AnalyzedChat chat, CriterionContext context) {
        return CriterionResult.withoutEvidence(id(), Verdict.NOT_APPLICABLE, "not implemented yet");
    }
}
