package com.towebs.chatqa.reporting.model;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;

/**
 * Everything the agent's monthly PDF shows: the agent's figures beside the team's, the criterion breakdown of
 * both, examples with evidence, and the criteria to work on next (weakest first, those below the team's rate).
 */
public record AgentMonthReport(
        AgentMonthSummary agent,
        String rubricVersion,
        double teamAverageScore,
        double teamCriticalShare,
        List<MonthScore> trend,
        List<CriterionPassRate> criteria,
        List<CriterionPassRate> teamCriteria,
        List<NotableChat> examples,
        List<CriterionId> workOnNext) {

    public AgentMonthReport {
        trend = List.copyOf(trend);
        criteria = List.copyOf(criteria);
        teamCriteria = List.copyOf(teamCriteria);
        examples = List.copyOf(examples);
        workOnNext = List.copyOf(workOnNext);
    }
}
