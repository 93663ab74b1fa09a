package com.towebs.chatqa.evaluation.scoring;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionKind;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.rubric.ScoringPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The scoring rule, in one place (the README explains it to graders):
 * <ol>
 *   <li>Only MET, PARTIAL and NOT_MET count. NOT_OBSERVED (an optional behaviour that did not happen) and
 *       NOT_APPLICABLE leave the score alone. In a live chat, a criterion the rubric marks
 *       {@code deferredWhileOpen} counts only once it is MET.</li>
 *   <li>Base: the weighted mean of the required and critical criteria that count, times
 *       {@code requiredPoints}; with none that count, the full {@code requiredPoints}.</li>
 *   <li>Bonus: each bonus criterion adds its weight in points (a PARTIAL earns {@code partialCredit} of it).
 *       Base plus bonus is capped at 100.</li>
 *   <li>A critical criterion NOT_MET caps the score at {@code criticalFailureCap}; the score before the
 *       cap is kept so criteria can still be compared.</li>
 * </ol>
 */
public final class ScoreCalculator {

    private ScoreCalculator() {}

    public static Score score(Rubric rubric, boolean openChat, List<CriterionResult> results) {
        ScoringPolicy policy = rubric.scoring();
        double weightedCredit = 0;
        double requiredWeight = 0;
        double bonus = 0;
        boolean criticalFailure = false;
        for (CriterionResult result : results) {
            Optional<CriterionRule> found = rubric.rule(result.criterion());
            if (found.isEmpty() || !counts(found.get(), result.verdict(), openChat)) {
                continue;
            }
            CriterionRule rule = found.get();
            double credit = credit(result.verdict(), policy);
            if (rule.kind() == CriterionKind.BONUS) {
                bonus += rule.weight() * credit;
            } else {
                weightedCredit += rule.weight() * credit;
                requiredWeight += rule.weight();
                criticalFailure |= rule.kind() == CriterionKind.CRITICAL && result.verdict() == Verdict.NOT_MET;
            }
        }
        double base = requiredWeight == 0
                ? policy.requiredPoints()
                : policy.requiredPoints() * weightedCredit / requiredWeight;
        double beforeCap = round(Math.min(100, base + bonus));
        double score = criticalFailure ? Math.min(beforeCap, policy.criticalFailureCap()) : beforeCap;
        return new Score(score, beforeCap, criticalFailure);
    }

    private static boolean counts(CriterionRule rule, Verdict verdict, boolean openChat) {
        if (!verdict.isJudgement()) {
            return false;
        }
        return !(openChat && rule.deferredWhileOpen() && verdict != Verdict.MET);
    }

    private static double credit(Verdict verdict, ScoringPolicy policy) {
        return switch (verdict) {
            case MET -> 1;
            case PARTIAL -> policy.partialCredit();
            default -> 0;
        };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
