package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.ChatBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmpathyCriterionTest {

    private static final CriterionContext CONTEXT =
            new CriterionContext(Rubric.standard().thresholds(), Set.of());
    private final Criterion criterion = CriterionFixtures.standard(CriterionId.EMPATHY);

    private CriterionResult agentSays(String line) {
        return criterion.assess(
                chat().customer("hola, no me anda el mail y trabajo con esto")
                        .after(200)
                        .customer("hola?? sigue ahi??")
                        .agent(line)
                        .analyzed(),
                CONTEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Disculpá la demora, ya lo estoy viendo",
                "perdón por la espera",
                "Perdon la demora.",
                "Lamento el inconveniente",
                "Te pido disculpas, se me complicó",
                "Mil disculpas por las molestias",
                "Entiendo lo frustrante que es quedarse sin mail",
                "Me imagino lo complicado que debe ser trabajar sin mail",
                "Tenés toda la razón en estar molesto",
                "Entiendo tu preocupación",
                "Quedate tranquilo que lo resolvemos",
                "Disculpe la demora, señora",
                "Lamentamos lo ocurrido",
                "Sí, perdón. Ya encontré el problema",
                "Uh, qué macana. Lo reviso ya",
                "Perdón por hacerte esperar",
                "Debe ser re frustrante, lo vemos ya",
                "Entiendo tu enojo."
            })
    void anApologyOrSolidarityIsMet(String line) {
        CriterionResult result = agentSays(line);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(line).contains(e.quote()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Perdón por intentar ayudarte",
                "Perdón, ¿me repetís el dominio?",
                "Disculpá, pero eso es obvio",
                "Entiendo. ¿Qué dominio es?",
                "Me imagino!",
                "No tenés que disculparte, para eso estoy",
                "No es ninguna molestia",
                "Si te entiendo bien, no te llegan los mails",
                "Perdón que te pregunte, ¿el dominio es tuyo?",
                "Listo, ya quedó"
            })
    void politenessSarcasmOrAcknowledgementIsNotEmpathy(String line) {
        assertThat(agentSays(line).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }
}
