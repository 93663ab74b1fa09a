package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import org.junit.jupiter.api.Test;

class HoldFollowUpCriterionTest {

    private final HoldFollowUpCriterion criterion = new HoldFollowUpCriterion();

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    @Test
    void holdLongerThanTwoAndAHalfMinutesWithoutNewsIsNotMet() {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("no anda el mail")
                .agent("Hola, contame")
                .customer("no salen")
                .agent("Aguardame un momento que lo reviso")
                .after(190)
                .agent("Listo, era el puerto"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(4));
        assertThat(result.note()).isEqualTo("3 min 10 s without news after the hold notice at message 3");
    }

    @Test
    void aLongHoldRenewedInTimeIsMet() {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("no anda el mail")
                .agent("Hola, contame")
                .customer("no salen")
                .agent("Dame unos minutos que reviso")
                .after(120)
                .agent("Sigo revisando, bancame un poco más")
                .after(120)
                .agent("Listo, era el puerto"));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence()).extracting(e -> e.message()).containsExactly(3, 4, 5);
        assertThat(result.note()).startsWith("hold of 4 min from message 3 to 5");
    }

    @Test
    void customerNudgesDoNotRestartTheWait() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda el mail")
                                .agent("Hola, contame")
                                .customer("no salen")
                                .after(60)
                                .customer("hola?")
                                .after(60)
                                .customer("sigue ahi?")
                                .after(40)
                                .agent("Perdón, ya lo miro"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aSlowAnswerWithoutAnyHoldIsNotMet() {
        assertThat(assess(ChatBuilder.chat()
                                .agent("Hola!")
                                .customer("no anda la web")
                                .after(151)
                                .agent("Era el DNS"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aShortHoldHasNothingToFollowUp() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda")
                                .agent("Aguardame un momento")
                                .after(100)
                                .agent("Listo"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void aHoldStillRunningAtTheEndIsMeasuredUpToTheLastRenewal() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda")
                                .agent("Aguardame un momento")
                                .after(140)
                                .agent("Sigo con esto, un minuto más")
                                .after(140)
                                .agent("Sigo revisando, aguardame")
                                .after(600)
                                .customer("hola?"))
                        .verdict())
                .isEqualTo(Verdict.MET);
    }
}
