package com.towebs.chatqa.reporting.model;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluated chat (its current evaluation) as the Excel export lists it. {@code date} is the chat's day in
 * ToWebs' time zone; {@code verdicts} holds each criterion the rubric applied.
 */
public record EvaluationRow(
        LocalDate date,
        String chatId,
        String source,
        String agentId,
        String agentName,
        String teamId,
        String teamName,
        String status,
        String rubricVersion,
        double score,
        boolean criticalFailure,
        String customerProfile,
        Map<CriterionId, Verdict> verdicts) {

    public EvaluationRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(chatId, "chatId");
        verdicts = Map.copyOf(verdicts);
    }
}
