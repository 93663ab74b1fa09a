package com.towebs.chatqa.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.CriterionKind;
import com.towebs.chatqa.evaluation.rubric.CriterionRule;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scoring rules hold for any combination of verdicts, in open and closed chats. */
class ScoreCalculatorProperties {

    private static final Rubric RUBRIC = Rubric.standard();

    /** A graded chat as the calculator sees it: open or closed, and a verdict per criterion. */
    record Case(boolean open, Map<CriterionId, Verdict> verdicts) {
        Case with(CriterionId id, Verdict verdict) {
            Map<CriterionId, Verdict> changed = copy(verdicts);
            changed.put(id, verdict);
            return new Case(open, changed);
        }

        Case without(CriterionId id) {
            Map<CriterionId, Verdict> changed = copy(verdicts);
            changed.remove(id);
            return new Case(open, changed);
        }

        Score score() {
            List<CriterionResult> results = new ArrayList<>();
            verdicts.forEach((id, verdict) -> results.add(CriterionResult.withoutEvidence(id, verdict, null)));
            return ScoreCalculator.score(RUBRIC, open, results);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Verdict> verdict = Arbitraries.of(Verdict.class);
        Arbitrary<Map<CriterionId, Verdict>> verdicts = Arbitraries.maps(Arbitraries.of(CriterionId.class), verdict)
                .ofMinSize(0)
                .ofMaxSize(CriterionId.values().length)
                .map(ScoreCalculatorProperties::copy);
        return Combinators.combine(Arbitraries.of(true, false), verdicts).as(Case::new);
    }

    @Provide
    Arbitrary<CriterionId> criteria() {
        return Arbitraries.of(CriterionId.class);
    }

    @Property
    void scoreIsBetweenZeroAndHundred(@ForAll("cases") Case chat) {
        Score score = chat.score();
        assertThat(score.score()).isBetween(0.0, 100.0);
        assertThat(score.scoreBeforeCap()).isBetween(0.0, 100.0).isGreaterThanOrEqualTo(score.score());
    }

    @Property
    void notObservedNeverChangesTheScore(@ForAll("cases") Case chat, @ForAll("criteria") CriterionId id) {
        Score withoutIt = chat.without(id).score();
        assertThat(chat.with(id, Verdict.NOT_OBSERVED).score()).isEqualTo(withoutIt);
        assertThat(chat.with(id, Verdict.NOT_APPLICABLE).score()).isEqualTo(withoutIt);
    }

    @Property
    void aBetterVerdictNeverLowersTheScore(@ForAll("cases") Case chat, @ForAll("criteria") CriterionId id) {
        double notMet = chat.with(id, Verdict.NOT_MET).score().score();
        double partial = chat.with(id, Verdict.PARTIAL).score().score();
        double met = chat.with(id, Verdict.MET).score().score();
        assertThat(partial).isGreaterThanOrEqualTo(notMet);
        assertThat(met).isGreaterThanOrEqualTo(partial);
    }

    @Property
    void bonusCriteriaOnlyAdd(@ForAll("cases") Case chat, @ForAll("criteria") CriterionId id) {
        if (kind(id) != CriterionKind.BONUS) {
            return;
        }
        double without = chat.without(id).score().score();
        for (Verdict verdict : Verdict.values()) {
            assertThat(chat.with(id, verdict).score().score()).isGreaterThanOrEqualTo(without);
        }
    }

    @Property
    void aCriticalFailureCapsTheScoreAndKeepsTheScoreBefore(@ForAll("cases") Case chat) {
        Score failed = chat.with(CriterionId.COURTESY, Verdict.NOT_MET).score();
        assertThat(failed.criticalFailure()).isTrue();
        assertThat(failed.score()).isLessThanOrEqualTo(RUBRIC.scoring().criticalFailureCap());
        assertThat(failed.scoreBeforeCap()).isGreaterThanOrEqualTo(failed.score());

        Score passed = chat.with(CriterionId.COURTESY, Verdict.MET).score();
        assertThat(passed.criticalFailure()).isFalse();
        assertThat(passed.score()).isEqualTo(passed.scoreBeforeCap());
    }

    @Property
    void aLiveChatIsNotPenalisedForWhatComesAtTheEnd(@ForAll("cases") Case chat, @ForAll("criteria") CriterionId id) {
        if (!RUBRIC.rule(id).map(CriterionRule::deferredWhileOpen).orElse(false)) {
            return;
        }
        Case live = new Case(true, chat.verdicts());
        double notYet = live.without(id).score().score();
        for (Verdict verdict : List.of(Verdict.NOT_MET, Verdict.PARTIAL, Verdict.NOT_OBSERVED)) {
            assertThat(live.with(id, verdict).score().score()).isEqualTo(notYet);
        }
    }

    @Property
    void aChatWithEveryApplicableCriterionMetScoresAtLeastTheRequiredPoints(@ForAll("cases") Case chat) {
        Map<CriterionId, Verdict> allGood = new EnumMap<>(CriterionId.class);
        chat.verdicts().forEach((id, verdict) -> allGood.put(id, verdict.isJudgement() ? Verdict.MET : verdict));
        assertThat(new Case(chat.open(), allGood).score().score())
                .isGreaterThanOrEqualTo(RUBRIC.scoring().requiredPoints());
    }

    private static Map<CriterionId, Verdict> copy(Map<CriterionId, Verdict> verdicts) {
        Map<CriterionId, Verdict> copy = new EnumMap<>(CriterionId.class);
        copy.putAll(verdicts);
        return copy;
    }

    private static CriterionKind kind(CriterionId id) {
        return RUBRIC.rule(id).map(CriterionRule::kind).orElseThrow();
    }
}
