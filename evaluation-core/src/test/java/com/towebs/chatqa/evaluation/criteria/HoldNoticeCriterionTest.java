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

class HoldNoticeCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.HOLD_NOTICE);

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aguardame un momento",
                "Dame unos minutos que reviso",
                "te pido que aguardes mientras verifico",
                "ya lo chequeo, un segundito",
                "me das un ratito?",
                "sigo revisando, bancame un poco más",
                "Aguarde en línea por favor",
                "lo consulto con el área técnica y te aviso",
                "voy a revisar los registros, no te vayas",
                "Pedro, te dejo un momento, me mantengo en línea",
                "Aguarde un momento por favor...",
                "ESPERAME UN TOQUE",
                "dejame revisar",
                "Un momento por favor",
                "aguantame un toque más",
                "Perfecto, ya lo reviso",
                "¿Podés aguardar unos minutos?",
                "momentito",
                "dame 5 min",
                "ya te confirmo"
            })
    void anAnnouncedWaitIsAHoldNotice(String notice) {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("no me llegan los mails")
                .agent(notice)
                .after(60)
                .agent("Listo, ya llegan"));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Disculpá la espera",
                "Gracias por tu espera",
                "acá te espero",
                "Aguardo tu respuesta",
                "Pasame la clave así lo reviso",
                "¿Querés que lo revise?",
                "no hace falta que esperes, ya está",
                "espero que te sirva",
                "hace un momento te mandé el mail",
                "en un momento se propaga",
                "Entonces ya pudiste entrar",
                "¿lo reviso?",
                "Podés esperar 24 hs a que propague"
            })
    void waitingForTheCustomerOrMentioningAWaitIsNotAHoldNotice(String line) {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no me llegan los mails")
                                .agent(line)
                                .customer("ok")
                                .agent("bien"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void aWaitOfNinetySecondsWithoutNoticeIsNotObserved() {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("hola")
                .agent("Hola, contame")
                .customer("no anda la web")
                .after(90)
                .agent("Ya está, era el DNS"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_OBSERVED);
        assertThat(result.note()).contains("1 min 30 s").contains("message 3");
    }

    @ParameterizedTest(name = "{0} s without a notice in a {1} chat: {2}")
    @CsvSource({
        "89, live, NOT_APPLICABLE",
        "89, closed, NOT_APPLICABLE",
        "90, live, NOT_OBSERVED",
        "90, closed, NOT_OBSERVED"
    })
    void aWaitOfNinetySecondsOrMoreWithoutANoticeIsNotObserved(long seconds, String status, Verdict expected) {
        ChatBuilder chat = status.equals("live")
                ? ChatBuilder.chat().open()
                : ChatBuilder.chat().closed();
        assertThat(assess(chat.agent("Hola, contame")
                                .customer("no anda la web")
                                .after(seconds)
                                .agent("Ya está, era el DNS"))
                        .verdict())
                .isEqualTo(expected);
    }

    @Test
    void theCustomersFirstMessageStartsAWait() {
        CriterionResult result =
                assess(ChatBuilder.chat().customer("hola").after(400).agent("Hola, perdón la demora"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_OBSERVED);
        assertThat(result.note()).isEqualTo("no hold notice, though the customer waited 6 min 40 s before message 1");
    }

    @Test
    void theQueueBeforeTheAgentJoinedIsNotAWait() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("hola")
                                .after(400)
                                .system("Lucía Gómez se unió a la conversación")
                                .after(30)
                                .agent("Hola, perdón la demora"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} chat")
    @ValueSource(strings = {"live", "closed"})
    void aWaitTheChatEndsInCountsUpToTheLastMessage(String status) {
        ChatBuilder chat = status.equals("live")
                ? ChatBuilder.chat().open()
                : ChatBuilder.chat().closed();
        CriterionResult result = assess(chat.customer("hola")
                .agent("Hola, contame")
                .customer("no anda")
                .after(300)
                .customer("hola??"));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_OBSERVED);
        assertThat(result.note())
                .isEqualTo("no hold notice, though the customer waited 5 min up to message 3, the chat's last");
    }
}
