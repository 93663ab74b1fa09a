package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoldNoticeCriterionTest {

    private final HoldNoticeCriterion criterion = new HoldNoticeCriterion();

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

    @Test
    void queueTimeBeforeTheAgentsFirstMessageIsNotAWait() {
        assertThat(assess(ChatBuilder.chat().customer("hola").after(400).agent("Hola, perdón la demora"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void timeAfterTheLastAgentMessageIsNotAWait() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("hola")
                                .agent("Hola, contame")
                                .customer("no anda")
                                .after(300)
                                .customer("hola??"))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
