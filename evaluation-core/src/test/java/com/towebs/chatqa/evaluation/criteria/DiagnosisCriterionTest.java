package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

class DiagnosisCriterionTest {

    private final DiagnosisCriterion criterion = new DiagnosisCriterion();

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    private Verdict afterTheProblem(String agent) {
        return assess(ChatBuilder.chat().customer("no puedo entrar al cpanel").agent(agent)).verdict();
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿Desde qué enlace intentás entrar?", "¿Te aparece algún error?",
            "Probá entrar desde webmail y contame", "Indicame desde cuándo te pasa",
            "¿Puede ser que no hayas renovado el dominio?", "¿Es un .com.ar o un .com? Te pregunto porque el trámite es distinto",
            "hola. q error te da?", "Activá WP_DEBUG y mirá el error_log", "¿Tocaste algo en la configuración ayer?",
            "¿Revisaste la carpeta de spam?", "¿Te pasa solo con esa casilla o con todas?"})
    void aQuestionOrTestAboutTheProblemIsDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿En qué puedo ayudarte?", "Pasame tu usuario y contraseña del panel",
            "¿Cuál es tu dominio?", "¿Me pasás el dominio?", "¿Algo más?", "¿Seguís ahí?",
            "¿Querés que te genere un ticket?", "¿Me das un minuto?", "¿Cuál es la casilla?"})
    void aQuestionThatDoesNotProbeTheProblemIsNotDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void askingWhetherTheFixWorksIsNotDiagnosis() {
        assertThat(assess(ChatBuilder.chat().customer("no puedo entrar al webmail")
                .agent("Listo, ya te la reactivé.").agent("¿Ahora te deja entrar?")).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void aTestProposedAfterTheFixVerifiesItAndIsNotDiagnosis() {
        assertThat(assess(ChatBuilder.chat().customer("no aparece el candado en mi web")
                .agent("Listo, ya reemití el certificado.").customer("ya esta?")
                .agent("Sí. En un rato revisá y fijate si aparece el candado.")).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }
}
