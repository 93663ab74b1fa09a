package com.towebs.chatqa.evaluation;

import static com.towebs.chatqa.evaluation.Verdict.MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_APPLICABLE;
import static com.towebs.chatqa.evaluation.Verdict.NOT_MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_OBSERVED;
import static com.towebs.chatqa.evaluation.Verdict.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import com.towebs.chatqa.evaluation.scoring.Score;
import com.towebs.chatqa.evaluation.scoring.ScoreCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the scoring rule, the same ones the README shows. */
class ScoringExamplesTest {

    private static Score score(boolean open, Object... idAndVerdict) {
        List<CriterionResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < idAndVerdict.length; i += 2) {
            results.add(CriterionResult.withoutEvidence(
                    (CriterionId) idAndVerdict[i], (Verdict) idAndVerdict[i + 1], null));
        }
        return ScoreCalculator.score(Rubric.standard(), open, results);
    }

    @Test
    void requiredCriteriaAllMetGiveTheRequiredPointsAndBonusesAddToThem() {
        Score score = score(
                false,
                CriterionId.GREETING,
                MET,
                CriterionId.COURTESY,
                MET,
                CriterionId.HOLD_FOLLOW_UP,
                NOT_APPLICABLE,
                CriterionId.PARAPHRASE,
                MET,
                CriterionId.EMPATHY,
                NOT_OBSERVED);
        assertThat(score.score()).isEqualTo(83.0);
    }

    @Test
    void aMissedFollowUpLowersTheBaseByItsShareOfTheWeights() {
        // greeting 3 + courtesy 4 met, follow-up 3 not met: 80 * 7 / 10 = 56
        Score score =
                score(false, CriterionId.GREETING, MET, CriterionId.COURTESY, MET, CriterionId.HOLD_FOLLOW_UP, NOT_MET);
        assertThat(score.score()).isEqualTo(56.0);
    }

    @Test
    void aTicketWithoutNumberEarnsHalfItsWeightInAClosedChat() {
        // greeting 3 + courtesy 4 met, ticket 2 partial: 80 * (7 + 1) / 9 = 71.1
        Score score = score(false, CriterionId.GREETING, MET, CriterionId.COURTESY, MET, CriterionId.TICKET, PARTIAL);
        assertThat(score.score()).isEqualTo(71.1);
    }

    @Test
    void aTicketWithoutNumberYetDoesNotCountInALiveChat() {
        Score score = score(true, CriterionId.GREETING, MET, CriterionId.COURTESY, MET, CriterionId.TICKET, PARTIAL);
        assertThat(score.score()).isEqualTo(80.0);
    }

    @Test
    void rudenessZeroesTheScoreButKeepsTheScoreBeforeTheCap() {
        // greeting 3 met, courtesy 4 not met: 80 * 3 / 7 = 34.3, plus paraphrase 3 = 37.3
        Score score =
                score(false, CriterionId.GREETING, MET, CriterionId.COURTESY, NOT_MET, CriterionId.PARAPHRASE, MET);
        assertThat(score.criticalFailure()).isTrue();
        assertThat(score.score()).isZero();
        assertThat(score.scoreBeforeCap()).isEqualTo(37.3);
    }

    @Test
    void bonusesCannotTakeTheScoreAbove100() {
        Score score = score(
                false,
                CriterionId.GREETING,
                MET,
                CriterionId.COURTESY,
                MET,
                CriterionId.PARAPHRASE,
                MET,
                CriterionId.HOLD_NOTICE,
                MET,
                CriterionId.EXPLANATION,
                MET,
                CriterionId.FURTHER_HELP,
                MET,
                CriterionId.DIAGNOSIS,
                MET,
                CriterionId.CUSTOMER_APPRECIATION,
                MET,
                CriterionId.EMPATHY,
                MET,
                CriterionId.SPELLING,
                MET);
        assertThat(score.score()).isEqualTo(100.0);
    }
}
