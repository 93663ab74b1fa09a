package com.towebs.chatqa.evaluation.calibration;

import static com.towebs.chatqa.evaluation.Verdict.MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_APPLICABLE;
import static com.towebs.chatqa.evaluation.Verdict.NOT_MET;
import static com.towebs.chatqa.evaluation.Verdict.NOT_OBSERVED;
import static com.towebs.chatqa.evaluation.Verdict.PARTIAL;
import static com.towebs.chatqa.evaluation.calibration.Presence.ABSENT;
import static com.towebs.chatqa.evaluation.calibration.Presence.PRESENT;
import static com.towebs.chatqa.evaluation.calibration.Reviews.cell;
import static com.towebs.chatqa.evaluation.calibration.Reviews.concat;
import static com.towebs.chatqa.evaluation.calibration.Reviews.reviewed;
import static com.towebs.chatqa.evaluation.calibration.Reviews.typeCell;
import static com.towebs.chatqa.evaluation.profile.CustomerType.ANGRY;
import static com.towebs.chatqa.evaluation.profile.CustomerType.RUDE;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.COURTESY;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.EMPATHY;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.GREETING;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.PARAPHRASE;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.SPELLING;
import static com.towebs.chatqa.evaluation.rubric.CriterionId.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Agreement, kappa and the confusion matrix against examples worked by hand; the arithmetic is in each test so
 * a reader can check it. Kappa: po = observed agreement, pe = Σ (person's share of a class x engine's share of
 * it), kappa = (po - pe) / (1 - pe).
 */
class CalibrationTest {

    private static Agreement<Verdict> agreementOn(CriterionId criterion, List<ReviewedChat> chats) {
        return Calibration.measure(chats).criteria().get(criterion);
    }

    @Test
    void twoClassKappaWorkedByHand() {
        // person \ engine   MET  NOT_MET
        // MET                 5        1
        // NOT_MET             1        3
        Agreement<Verdict> courtesy = agreementOn(
                COURTESY,
                concat(
                        cell(COURTESY, MET, MET, 5),
                        cell(COURTESY, MET, NOT_MET, 1),
                        cell(COURTESY, NOT_MET, MET, 1),
                        cell(COURTESY, NOT_MET, NOT_MET, 3)));

        // po = (5 + 3) / 10 = 0.8
        // person: MET 6/10, NOT_MET 4/10; engine: MET 6/10, NOT_MET 4/10
        // pe = 0.6 x 0.6 + 0.4 x 0.4 = 0.36 + 0.16 = 0.52
        // kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 0.58333...
        assertThat(courtesy.compared()).isEqualTo(10);
        assertThat(courtesy.agreed()).isEqualTo(8);
        assertThat(courtesy.rate()).isEqualTo(0.8);
        assertThat(courtesy.kappa()).hasValueCloseTo(0.28 / 0.48, within(1e-12));
        assertThat(courtesy.matrix().count(MET, MET)).isEqualTo(5);
        assertThat(courtesy.matrix().count(MET, NOT_MET)).isEqualTo(1);
        assertThat(courtesy.matrix().count(NOT_MET, MET)).isEqualTo(1);
        assertThat(courtesy.matrix().count(NOT_MET, NOT_MET)).isEqualTo(3);
        assertThat(courtesy.matrix().classesInUse()).containsExactly(MET, NOT_MET);
        assertThat(courtesy.disagreements())
                .extracting(PairedVerdict::human, PairedVerdict::automatic)
                .containsExactly(tuple(MET, NOT_MET), tuple(NOT_MET, MET));
    }

    @Test
    void threeClassKappaWorkedByHand() {
        // person \ engine   MET  PARTIAL  NOT_APPLICABLE   person's total
        // MET                 7        1               0        8
        // PARTIAL             1        2               1        4
        // NOT_APPLICABLE      0        0               8        8
        // engine's total      8        3               9       20
        Agreement<Verdict> ticket = agreementOn(
                TICKET,
                concat(
                        cell(TICKET, MET, MET, 7),
                        cell(TICKET, MET, PARTIAL, 1),
                        cell(TICKET, PARTIAL, MET, 1),
                        cell(TICKET, PARTIAL, PARTIAL, 2),
                        cell(TICKET, PARTIAL, NOT_APPLICABLE, 1),
                        cell(TICKET, NOT_APPLICABLE, NOT_APPLICABLE, 8)));

        // po = (7 + 2 + 8) / 20 = 0.85
        // pe = (8 x 8 + 4 x 3 + 8 x 9) / 20² = (64 + 12 + 72) / 400 = 148 / 400 = 0.37
        // kappa = (0.85 - 0.37) / (1 - 0.37) = 0.48 / 0.63 = 0.761904...
        assertThat(ticket.rate()).isEqualTo(0.85);
        assertThat(ticket.kappa()).hasValueCloseTo(0.48 / 0.63, within(1e-12));
        assertThat(ticket.matrix().humanCount(PARTIAL)).isEqualTo(4);
        assertThat(ticket.matrix().automaticCount(PARTIAL)).isEqualTo(3);
        assertThat(ticket.matrix().classesInUse()).containsExactly(MET, PARTIAL, NOT_APPLICABLE);
        assertThat(ticket.disagreements()).hasSize(3);
    }

    @Test
    void kappaIsUndefinedWhenThePersonUsedOneClassOnly() {
        // The person said MET on all 5 chats, the engine NOT_MET on one: agreement 4/5 = 0.8.
        // pe = (5/5) x (4/5) = 0.8, so kappa = (0.8 - 0.8) / (1 - 0.8) = 0: it would read "no better than
        // chance" for an engine that got 4 of 5 right. Nothing to tell apart: kappa is left undefined.
        Agreement<Verdict> oneMiss =
                agreementOn(GREETING, concat(cell(GREETING, MET, MET, 4), cell(GREETING, MET, NOT_MET, 1)));
        assertThat(oneMiss.rate()).isEqualTo(0.8);
        assertThat(oneMiss.kappa()).isEmpty();

        // Everything agrees on one class: pe = 1 and kappa would be 0 / 0.
        Agreement<Verdict> allAgree = agreementOn(GREETING, cell(GREETING, MET, MET, 5));
        assertThat(allAgree.rate()).isEqualTo(1.0);
        assertThat(allAgree.kappa()).isEmpty();
    }

    @Test
    void anEngineThatAlwaysGivesTheSameVerdictIsNoBetterThanChance() {
        // person: MET 3, NOT_OBSERVED 1; engine: MET 4.
        // po = 3/4; pe = (3 x 4 + 1 x 0) / 4² = 12/16 = 3/4; kappa = (3/4 - 3/4) / (1 - 3/4) = 0
        Agreement<Verdict> paraphrase =
                agreementOn(PARAPHRASE, concat(cell(PARAPHRASE, MET, MET, 3), cell(PARAPHRASE, NOT_OBSERVED, MET, 1)));
        assertThat(paraphrase.rate()).isEqualTo(0.75);
        assertThat(paraphrase.kappa()).hasValue(0.0);
    }

    @Test
    void fullDisagreementOnTwoBalancedClassesIsKappaMinusOne() {
        // person \ engine   MET  NOT_OBSERVED
        // MET                 0             2
        // NOT_OBSERVED        2             0
        // po = 0; pe = (2 x 2 + 2 x 2) / 4² = 0.5; kappa = (0 - 0.5) / (1 - 0.5) = -1
        Agreement<Verdict> empathy =
                agreementOn(EMPATHY, concat(cell(EMPATHY, MET, NOT_OBSERVED, 2), cell(EMPATHY, NOT_OBSERVED, MET, 2)));
        assertThat(empathy.kappa()).hasValue(-1.0);
    }

    @Test
    void customerTypesAreComparedAsPresentOrAbsentWorkedByHand() {
        // ANGRY, person \ engine   PRESENT  ABSENT
        // PRESENT                        2       1      (one angry customer missed)
        // ABSENT                         1       4      (one invented)
        var report = Calibration.measure(concat(
                typeCell(ANGRY, true, true, 2),
                typeCell(ANGRY, true, false, 1),
                typeCell(ANGRY, false, true, 1),
                typeCell(ANGRY, false, false, 4)));
        Agreement<Presence> angry = report.customerTypes().get(ANGRY);

        // po = (2 + 4) / 8 = 0.75
        // person: PRESENT 3/8, ABSENT 5/8; engine: PRESENT 3/8, ABSENT 5/8
        // pe = (3 x 3 + 5 x 5) / 8² = 34 / 64 = 0.53125
        // kappa = (0.75 - 0.53125) / (1 - 0.53125) = 0.21875 / 0.46875 = 0.4666...
        assertThat(angry.rate()).isEqualTo(0.75);
        assertThat(angry.kappa()).hasValueCloseTo(0.21875 / 0.46875, within(1e-12));
        assertThat(angry.matrix().count(PRESENT, ABSENT)).isEqualTo(1);
        assertThat(angry.matrix().count(ABSENT, PRESENT)).isEqualTo(1);
        // The person never saw a rude customer and neither did the engine: 8 of 8, kappa undefined.
        assertThat(report.customerTypes().get(RUDE).rate()).isEqualTo(1.0);
        assertThat(report.customerTypes().get(RUDE).kappa()).isEmpty();
        // Two type errors (one missed, one invented) over the 8 chats.
        assertThat(report.customerTypeErrors()).isEqualTo(2);
        assertThat(report.chatsWithProfileJudged()).isEqualTo(8);
    }

    @Test
    void onlyWhatThePersonJudgedAndTheRubricGradedIsCompared() {
        // A reviewer judged COURTESY and SPELLING only, not the profile; the engine's rubric has no SPELLING.
        ReviewedChat chat = new ReviewedChat(
                new HumanVerdicts("c-1", Map.of(COURTESY, NOT_MET, SPELLING, MET), Optional.empty()),
                Reviews.evaluation("c-1", Map.of(COURTESY, MET, GREETING, MET), Set.of(ANGRY)));

        CalibrationReport report = Calibration.measure(List.of(chat));

        assertThat(report.criteria()).containsOnlyKeys(COURTESY);
        assertThat(report.customerTypes()).isEmpty();
        assertThat(report.customerTypeErrors()).isZero();
        assertThat(report.chatsWithProfileJudged()).isZero();
    }

    @Test
    void chatsWithEveryVerdictRightAndWithEveryTypeToo() {
        List<ReviewedChat> chats = List.of(
                // everything right
                reviewed(
                        "all-right",
                        Map.of(GREETING, MET, COURTESY, MET),
                        Set.of(ANGRY),
                        Map.of(GREETING, MET, COURTESY, MET),
                        Set.of(ANGRY)),
                // verdicts right, the angry customer missed
                reviewed(
                        "type-wrong",
                        Map.of(GREETING, MET, COURTESY, MET),
                        Set.of(ANGRY),
                        Map.of(GREETING, MET, COURTESY, MET),
                        Set.of()),
                // one verdict wrong
                reviewed(
                        "verdict-wrong",
                        Map.of(GREETING, MET, COURTESY, MET),
                        Set.of(),
                        Map.of(GREETING, NOT_MET, COURTESY, MET),
                        Set.of()));

        CalibrationReport report = Calibration.measure(chats);

        assertThat(report.chats()).isEqualTo(3);
        assertThat(report.chatsWithEveryVerdictRight()).containsExactly("all-right", "type-wrong");
        assertThat(report.chatsWithEveryVerdictAndTypeRight()).containsExactly("all-right");
    }

    @Test
    void discourteousAgentsCaughtMissedAndFalseFailures() {
        // person \ engine   MET  NOT_MET
        // MET                 6        1     <- one false COURTESY NOT_MET
        // NOT_MET             1        2     <- two discourteous agents caught, one missed
        List<ReviewedChat> chats = concat(
                cell(COURTESY, MET, MET, 6),
                cell(COURTESY, MET, NOT_MET, 1),
                cell(COURTESY, NOT_MET, MET, 1),
                cell(COURTESY, NOT_MET, NOT_MET, 2));

        FailureDetection courtesy =
                Calibration.measure(chats).failureDetection(COURTESY).orElseThrow();

        assertThat(courtesy.failedByPeople()).hasSize(3);
        assertThat(courtesy.caught()).containsExactly("COURTESY-NOT_MET-NOT_MET-0", "COURTESY-NOT_MET-NOT_MET-1");
        assertThat(courtesy.missed()).containsExactly("COURTESY-NOT_MET-MET-0");
        assertThat(courtesy.falseFailures()).containsExactly("COURTESY-MET-NOT_MET-0");
        // caught 2 of the 3 people failed
        assertThat(courtesy.catchRate()).hasValueCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void belowNamesTheCriteriaAndTypesUnderTheMinimum() {
        // GREETING 9 of 10 = 0.9, COURTESY 10 of 10; ANGRY present/absent: 19 of 20 = 0.95 on all 20 chats
        List<ReviewedChat> chats = concat(
                cell(GREETING, MET, MET, 9),
                cell(GREETING, MET, NOT_MET, 1),
                cell(COURTESY, MET, MET, 9),
                cell(COURTESY, NOT_MET, NOT_MET, 1));
        chats.set(
                0,
                reviewed(chats.get(0).chatId(), Map.of(GREETING, MET), Set.of(ANGRY), Map.of(GREETING, MET), Set.of()));

        CalibrationReport report = Calibration.measure(chats);

        assertThat(report.below(0.95)).containsExactly("GREETING");
        assertThat(report.below(0.951)).containsExactly("GREETING", "ANGRY");
        assertThat(report.below(0.9)).isEmpty();
    }

    @Test
    void aPersonsVerdictsArePairedWithTheEvaluationOfTheSameChat() {
        assertThatThrownBy(() -> new ReviewedChat(
                        HumanVerdicts.of("c-1", Map.of(), Set.of()), Reviews.evaluation("c-2", Map.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c-1")
                .hasMessageContaining("c-2");
    }
}
