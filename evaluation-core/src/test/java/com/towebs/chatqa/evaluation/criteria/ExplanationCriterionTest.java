package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplanationCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.EXPLANATION);

    private CriterionResult assess(String agent) {
        return criterion.assess(
                ChatBuilder.chat()
                        .customer("no me llegan los mails")
                        .agent(agent)
                        .analyzed(),
                CONTEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "El problema era que el registro MX apuntaba a otro servidor, ya lo corregí",
                "Ya quedó solucionado, lo que pasaba es que la casilla estaba llena",
                "Veo que el dominio está vencido desde el 3 de mayo",
                "No lo puedo resolver desde acá porque la restauración la hace el área técnica",
                "Lo que hice fue ampliar la cuota de la casilla",
                "Listo, te restablecí la contraseña",
                "la cuenta tiene el disco al 100%, x eso rebotan",
                "Revisé y está todo bien configurado",
                "Ya lo verifiqué: el dominio venció el 28 de mayo",
                "Desde soporte no tengo permisos para desbloquearla",
                "SSH habilitado, tu clave ya está autorizada"
            })
    void whatWasDoneFoundOrWhyNotIsAnExplanation(String agent) {
        CriterionResult result = assess(agent);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ya está",
                "Listo!",
                "Ya quedó solucionado",
                "¿Puede ser que no hayas renovado el dominio?",
                "Aguardame que lo reviso",
                "¿Desde cuándo pasa?",
                "Cambie la contraseña desde el panel, por favor",
                "Pantalla blanca suele ser un error de PHP",
                "googlea reenviador cpanel"
            })
    void aBareOutcomeAQuestionOrAnInstructionIsNotAnExplanation(String agent) {
        assertThat(assess(agent).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sí, la factura figura pagada desde el martes",
                "el pago aparece acreditado, asi que la cuenta se reactiva sola",
                "Tu dominio consta como suspendido en NIC",
                "Los .ar no los registramos nosotros: se tramitan en NIC Argentina",
                "Ese límite depende del plan, y desde soporte no lo podemos modificar",
                "desde aca no te lo puedo cambiar, lo hace administracion"
            })
    void aStateFoundOrAServiceTheAgentDoesNotProvideIsAnExplanation(String agent) {
        assertThat(assess(agent).verdict()).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O sea que la casilla está rechazando todos los correos desde ayer.",
                "Uh, osea que los mails estan rebotando, ¿me pasás el dominio?",
                "Por lo que me contás, la casilla no recibe nada desde ayer."
            })
    void theCustomersAccountSaidBackIsNotAnExplanation(String agent) {
        assertThat(assess(agent).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }
}
