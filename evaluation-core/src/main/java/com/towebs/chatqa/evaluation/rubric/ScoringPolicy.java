package com.towebs.chatqa.evaluation.rubric;

/**
 * The numbers of the scoring rule (see {@code scoring.ScoreCalculator}).
 *
 * @param requiredPoints     points the required criteria share, as a weighted mean; bonus points fill the rest up to 100
 * @param partialCredit      the share of a criterion's weight a PARTIAL verdict earns
 * @param criticalFailureCap the highest score a chat with a failed critical criterion can get (0 zeroes it)
 */
public record ScoringPolicy(double requiredPoints, double partialCredit, double criticalFailureCap) {

    public ScoringPolicy {
        if (requiredPoints < 0 || requiredPoints > 100) {
            throw new IllegalArgumentException("requiredPoints must be within 0..100");
        }
        if (partialCredit < 0 || partialCredit > 1) {
            throw new IllegalArgumentException("partialCredit must be within 0..1");
        }
        if (criticalFailureCap < 0 || criticalFailureCap > 100) {
            throw new IllegalArgumentException("criticalFailureCap must be within 0..100");
        }
    }
}
