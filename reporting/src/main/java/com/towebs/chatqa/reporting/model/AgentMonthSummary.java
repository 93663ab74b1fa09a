package com.towebs.chatqa.reporting.model;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.time.YearMonth;

/**
 * One agent's month: how many chats were evaluated, the average score, the share of chats with a critical
 * failure, the change in average against the previous month (null when there was none) and the criterion with
 * the lowest pass rate (null when nothing was assessed). The team is the agent's team in that month.
 */
public record AgentMonthSummary(
        YearMonth month,
        String agentId,
        String agentName,
        String teamId,
        String teamName,
        long chats,
        double averageScore,
        double criticalShare,
        Double changeFromPrevious,
        CriterionId weakestCriterion) {}
