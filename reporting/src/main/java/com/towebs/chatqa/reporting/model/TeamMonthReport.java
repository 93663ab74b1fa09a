package com.towebs.chatqa.reporting.model;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the team's monthly PDF shows. {@code trend} holds the six months ending with {@code month};
 * {@code previousAverage} is null when the previous month had no evaluated chat.
 */
public record TeamMonthReport(
        String teamId,
        String teamName,
        YearMonth month,
        String rubricVersion,
        long chats,
        double averageScore,
        double criticalShare,
        Double previousAverage,
        List<MonthScore> trend,
        List<CriterionPassRate> criteria,
        List<AgentMonthSummary> agents,
        List<NotableChat> lowestScores,
        List<NotableChat> customerThanks) {

    public TeamMonthReport {
        trend = List.copyOf(trend);
        criteria = List.copyOf(criteria);
        agents = List.copyOf(agents);
        lowestScores = List.copyOf(lowestScores);
        customerThanks = List.copyOf(customerThanks);
    }
}
