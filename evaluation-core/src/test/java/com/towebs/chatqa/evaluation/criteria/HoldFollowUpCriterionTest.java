package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HoldFollowUpCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.HOLD_FOLLOW_UP);

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
                        .note())
                .isEqualTo("2 min 40 s without news after the customer's message 2");
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
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("no anda")
                .agent("Aguardame un momento")
                .after(140)
                .agent("Sigo con esto, un minuto más")
                .after(140)
                .agent("Sigo revisando, aguardame")
                .after(30)
                .customer("ok"));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.note()).startsWith("hold of 4 min 40 s from message 1 to 3");
    }

    @Test
    void aCustomerWhoGivesUpAfterFiveMinutesOfSilenceWasLeftWaitingFiveMinutes() {
        CriterionResult result = assess(ChatBuilder.chat()
                .closed()
                .customer("no me llegan los mails")
                .agent("Hola Pedro, aguardá un momento que lo reviso")
                .after(300)
                .system("El cliente cerró el chat."));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence()).extracting(e -> e.message()).containsExactly(2);
        assertThat(result.note())
                .isEqualTo("5 min without news after the hold notice at message 1, up to the chat's last message 2");
    }

    @Test
    void aRenewedHoldTheChatEndsInCountsUpToTheLastMessage() {
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
                .isEqualTo(Verdict.NOT_MET);
    }

    @ParameterizedTest(name = "{0} chat")
    @ValueSource(strings = {"live", "closed"})
    void aLiveOrClosedChatThatEndsWhileTheCustomerWaitsCountsTheWaitSoFar(String status) {
        ChatBuilder chat = status.equals("live")
                ? ChatBuilder.chat().open()
                : ChatBuilder.chat().closed();
        CriterionResult result = assess(chat.agent("Hola, soy Lucía, ¿en qué te ayudo?")
                .customer("no salen los mails")
                .after(100)
                .customer("hola?")
                .after(51)
                .customer("sigue ahí?"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence()).extracting(e -> e.message()).containsExactly(3);
        assertThat(result.note())
                .isEqualTo("2 min 31 s without news after the customer's message 1, up to the chat's last message 3");
    }

    @Test
    void theCustomersFirstMessageStartsAWaitLikeAnyOther() {
        CriterionResult result = assess(ChatBuilder.chat()
                .system("Bienvenido a ToWebs, ¿en qué podemos ayudarte?")
                .customer("hola, no me anda la web")
                .after(240)
                .agent("Hola Pedro, contame"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence()).extracting(e -> e.message()).containsExactly(2);
        assertThat(result.note()).isEqualTo("4 min without news after the customer's message 1");
    }

    @Test
    void theFirstWaitStartsWhenTheAgentJoinsIfThatIsLater() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("hola, no me anda la web")
                                .after(400)
                                .system("Lucía Gómez se unió a la conversación")
                                .after(60)
                                .agent("Hola Pedro, contame"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        CriterionResult slow = assess(ChatBuilder.chat()
                .customer("hola, no me anda la web")
                .after(400)
                .system("Lucía Gómez se unió al chat.")
                .after(160)
                .agent("Hola Pedro, contame"));
        assertThat(slow.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(slow.note()).isEqualTo("2 min 40 s without news after the agent joined at message 1");
    }

    @Test
    void aJoinBeforeTheCustomerWritesLeavesTheWaitToTheCustomersMessage() {
        assertThat(assess(ChatBuilder.chat()
                                .system("Lucía Gómez se unió a la conversación")
                                .after(300)
                                .customer("hola, no me anda la web")
                                .after(151)
                                .agent("Hola Pedro, contame"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @ParameterizedTest(name = "{0} s of silence in a {1} chat: {2}")
    @CsvSource({"150, live, NOT_APPLICABLE", "150, closed, NOT_APPLICABLE", "151, live, NOT_MET", "151, closed, NOT_MET"
    })
    void moreThanOneHundredFiftySecondsFailsAndExactlyOneHundredFiftyIsFine(
            long seconds, String status, Verdict expected) {
        ChatBuilder chat = status.equals("live")
                ? ChatBuilder.chat().open()
                : ChatBuilder.chat().closed();
        assertThat(assess(chat.agent("Hola, contame")
                                .customer("no anda la web")
                                .after(seconds)
                                .agent("Era el DNS, ya lo corregí"))
                        .verdict())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s after the hold notice in a {1} chat: {2}")
    @CsvSource({"150, live, NOT_APPLICABLE", "150, closed, NOT_APPLICABLE", "151, live, NOT_MET", "151, closed, NOT_MET"
    })
    void theThresholdHoldsForAWaitTheChatEndsInToo(long seconds, String status, Verdict expected) {
        ChatBuilder chat = status.equals("live")
                ? ChatBuilder.chat().open()
                : ChatBuilder.chat().closed();
        assertThat(assess(chat.customer("no anda la web")
                                .agent("Aguardame un momento que reviso")
                                .after(seconds)
                                .customer("?"))
                        .verdict())
                .isEqualTo(expected);
    }
}
