package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.DIAGNOSIS);

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    private Verdict afterTheProblem(String agent) {
        return assess(ChatBuilder.chat().customer("no puedo entrar al cpanel").agent(agent))
                .verdict();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿Desde qué enlace intentás entrar?",
                "¿Te aparece algún error?",
                "Probá entrar desde webmail y contame",
                "Indicame desde cuándo te pasa",
                "¿Puede ser que no hayas renovado el dominio?",
                "¿Es un .com.ar o un .com? Te pregunto porque el trámite es distinto",
                "hola. q error te da?",
                "Activá WP_DEBUG y mirá el error_log",
                "¿Tocaste algo en la configuración ayer?",
                "¿Revisaste la carpeta de spam?",
                "¿Te pasa solo con esa casilla o con todas?"
            })
    void aQuestionOrTestAboutTheProblemIsDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿En qué puedo ayudarte?",
                "Pasame tu usuario y contraseña del panel",
                "¿Cuál es tu dominio?",
                "¿Me pasás el dominio?",
                "¿Algo más?",
                "¿Seguís ahí?",
                "¿Querés que te genere un ticket?",
                "¿Me das un minuto?",
                "¿Cuál es la casilla?"
            })
    void aQuestionThatDoesNotProbeTheProblemIsNotDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void askingWhetherTheFixWorksIsNotDiagnosis() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no puedo entrar al webmail")
                                .agent("Listo, ya te la reactivé.")
                                .agent("¿Ahora te deja entrar?"))
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void aTestProposedAfterTheFixVerifiesItAndIsNotDiagnosis() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no aparece el candado en mi web")
                                .agent("Listo, ya reemití el certificado.")
                                .customer("ya esta?")
                                .agent("Sí. En un rato revisá y fijate si aparece el candado."))
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿Confirmaste la cuenta desde el mail de activación?",
                "¿Te acordás si alguien de tu equipo modificó la clave?",
                "¿Usted actualizó el WordPress esta semana?",
                "¿ya completaste la validacion q te mandaron?"
            })
    void askingWhatTheCustomerOrSomeoneElseDidIsDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ya lo revisé y tu usuario está bien. Probá entrar desde otro navegador y contame.",
                "ya lo chequee, del lado nuestro esta todo ok. proba desde el celu x favor",
                "Ya la miré. Intentá entrar en una ventana de incógnito."
            })
    void aTestProposedAfterCheckingNotFixingIsDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "decime tu gmail",
                "¿Me pasás cuál es la dirección de correo exacta?",
                "¿me decis el usuario porfa?",
                "Contame qué problema tenés con el panel así lo vemos",
                "¿Cuál es el problema que tiene?",
                "¿Vas a usar el correo desde el celular o desde la compu?",
                "¿Va a entrar con contraseña o con clave pública?"
            })
    void askingForAnIdentifierTheProblemOrAChoiceIsNotDiagnosis(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void askingForTheAddressABounceWentToIsDiagnosis() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("me rebota un mail que le mando a un cliente")
                                .agent("¿Me pasás la dirección exacta a la que le escribís?"))
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿El dominio ya está agregado en tu cuenta o todavía no?",
                "¿ya esta creada la casilla o todavia no la armaron?",
                "¿La base ya quedó importada antes del error?"
            })
    void aQuestionWithYaEstaAsksAndAnnouncesNoFix(String agent) {
        assertThat(afterTheProblem(agent)).isEqualTo(Verdict.MET);
    }
}
