package com.towebs.chatqa.evaluation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for any set of verdicts, whoever gave them. */
class CalibrationProperties {

    @Provide
    Arbitrary<List<PairedVerdict<Verdict>>> pairs() {
        Arbitrary<Verdict> verdict = Arbitraries.of(Verdict.class);
        return Combinators.combine(verdict, verdict)
                .as((human, automatic) -> new PairedVerdict<>("c", human, automatic))
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<ReviewedChat>> reviewedChats() {
        Arbitrary<Map<CriterionId, Verdict>> verdicts = Arbitraries.maps(
                        Arbitraries.of(CriterionId.class), Arbitraries.of(Verdict.class))
                .ofMaxSize(4);
        Arbitrary<Set<CustomerType>> profile =
                Arbitraries.of(CustomerType.class).set().ofMaxSize(2);
        return Combinators.combine(verdicts, profile, verdicts, profile)
                .as((human, humanProfile, automatic, automaticProfile) ->
                        List.of(human, humanProfile, automatic, automaticProfile))
                .list()
                .ofMinSize(1)
                .ofMaxSize(30)
                .map(CalibrationProperties::numbered);
    }

    @SuppressWarnings("unchecked")
    private static List<ReviewedChat> numbered(List<List<Object>> chats) {
        List<ReviewedChat> reviewed = new ArrayList<>();
        for (int i = 0; i < chats.size(); i++) {
            List<Object> chat = chats.get(i);
            reviewed.add(Reviews.reviewed(
                    "c-" + i,
                    (Map<CriterionId, Verdict>) chat.get(0),
                    (Set<CustomerType>) chat.get(1),
                    (Map<CriterionId, Verdict>) chat.get(2),
                    (Set<CustomerType>) chat.get(3)));
        }
        return reviewed;
    }

    @Property
    void theMatrixHoldsEveryChatOnceAndItsDiagonalIsTheAgreement(@ForAll("pairs") List<PairedVerdict<Verdict>> pairs) {
        Agreement<Verdict> agreement = new Agreement<>(Verdict.class, pairs);
        ConfusionMatrix<Verdict> matrix = agreement.matrix();

        int cells = 0;
        for (Verdict human : Verdict.values()) {
            int row = 0;
            for (Verdict automatic : Verdict.values()) {
                row += matrix.count(human, automatic);
            }
            assertThat(row).isEqualTo(matrix.humanCount(human));
            assertThat(row).isEqualTo((int)
                    pairs.stream().filter(p -> p.human() == human).count());
            cells += row;
        }
        assertThat(cells).isEqualTo(pairs.size()).isEqualTo(agreement.compared());
        assertThat(agreement.agreed() + agreement.disagreements().size()).isEqualTo(pairs.size());
        assertThat(agreement.rate()).isBetween(0.0, 1.0).isEqualTo((double) agreement.agreed() / pairs.size());
    }

    @Property
    void kappaIsDefinedExactlyWhenThePersonUsedTwoClassesAndStaysWithinMinusOneAndOne(
            @ForAll("pairs") List<PairedVerdict<Verdict>> pairs) {
        Agreement<Verdict> agreement = new Agreement<>(Verdict.class, pairs);
        long humanClasses = pairs.stream().map(PairedVerdict::human).distinct().count();

        assertThat(agreement.kappa().isPresent()).isEqualTo(humanClasses >= 2);
        agreement.kappa().ifPresent(kappa -> assertThat(kappa).isBetween(-1.0, 1.0));
    }

    @Property
    void kappaIsOneExactlyWhenEveryVerdictAgrees(@ForAll("pairs") List<PairedVerdict<Verdict>> pairs) {
        Agreement<Verdict> agreement = new Agreement<>(Verdict.class, pairs);
        agreement.kappa().ifPresent(kappa -> assertThat(kappa == 1.0).isEqualTo(agreement.rate() == 1.0));
    }

    @Property
    void kappaDoesNotDependOnWhichRaterIsThePerson(@ForAll("pairs") List<PairedVerdict<Verdict>> pairs) {
        Agreement<Verdict> agreement = new Agreement<>(Verdict.class, pairs);
        Agreement<Verdict> swapped = new Agreement<>(
                Verdict.class,
                pairs.stream()
                        .map(p -> new PairedVerdict<>(p.chatId(), p.automatic(), p.human()))
                        .toList());
        if (agreement.kappa().isPresent() && swapped.kappa().isPresent()) {
            assertThat(swapped.kappa().getAsDouble())
                    .isCloseTo(agreement.kappa().getAsDouble(), within(1e-12));
        }
        assertThat(swapped.rate()).isEqualTo(agreement.rate());
    }

    @Property(tries = 200)
    void aChatHasEveryVerdictRightExactlyWhenNoCriterionDisagreesOnIt(
            @ForAll("reviewedChats") List<ReviewedChat> chats) {
        CalibrationReport report = Calibration.measure(chats);
        Set<String> disagreeing = new HashSet<>();
        report.criteria().values().forEach(a -> a.disagreements().forEach(p -> disagreeing.add(p.chatId())));
        Set<String> wrongType = new HashSet<>();
        report.customerTypes().values().forEach(a -> a.disagreements().forEach(p -> wrongType.add(p.chatId())));

        for (ReviewedChat chat : chats) {
            assertThat(report.chatsWithEveryVerdictRight().contains(chat.chatId()))
                    .isEqualTo(!disagreeing.contains(chat.chatId()));
            assertThat(report.chatsWithEveryVerdictAndTypeRight().contains(chat.chatId()))
                    .isEqualTo(!disagreeing.contains(chat.chatId()) && !wrongType.contains(chat.chatId()));
        }
        assertThat(report.customerTypeErrors()).isGreaterThanOrEqualTo(wrongType.size());
    }

    @Property
    void everyFailurePeopleFoundIsCaughtOrMissedAndEveryEngineFailureIsCaughtOrFalse(
            @ForAll("pairs") List<PairedVerdict<Verdict>> pairs) {
        Agreement<Verdict> agreement = new Agreement<>(Verdict.class, pairs);
        FailureDetection detection = FailureDetection.of(agreement);
        ConfusionMatrix<Verdict> matrix = agreement.matrix();

        assertThat(detection.failedByPeople()).hasSize(matrix.humanCount(Verdict.NOT_MET));
        assertThat(detection.caught().size() + detection.missed().size())
                .isEqualTo(detection.failedByPeople().size());
        assertThat(detection.caught().size() + detection.falseFailures().size())
                .isEqualTo(matrix.automaticCount(Verdict.NOT_MET));
    }
}
