package com.towebs.chatqa.evaluation.profile;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER: being implemented. */
public final class CustomerProfiler {

    /** The types the customer shows, each with the customer's words that show it. */
    public Map<CustomerType, List<Evidence>> detect(AnalyzedChat chat) {
        return new EnumMap<>(CustomerType.class);
    }

    /** How the agent handled each detected type, per the do / don't lists of the guidelines. */
    public List<ProfileFinding> assessHandling(AnalyzedChat chat, Map<CustomerType, List<Evidence>> signals,
                                               Map<CriterionId, CriterionResult> results) {
        return List.of();
    }
}
