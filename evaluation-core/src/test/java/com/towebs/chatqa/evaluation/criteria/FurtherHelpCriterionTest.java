package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.criteria.CriterionFixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.ChatBuilder;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurtherHelpCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.FURTHER_HELP);

    private Verdict assess(String agent) {
        return criterion
                .assess(ChatBuilder.chat().customer("gracias!").agent(agent).analyzed(), CONTEXT)
                .verdict();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿Te puedo ayudar en algo más?",
                "Pedro, podemos ayudarte en algo mas?",
                "¿Tenés alguna otra consulta que quieras hacernos?",
                "¿Algo más?",
                "algo mas q nesecites?",
                "¿Alguna otra consulta?",
                "Cualquier otra consulta que tengas, escribinos",
                "¿Necesitás algo más?",
                "¿Hay algo más en que te pueda ayudar?",
                "¿Te ayudo con alguna otra cosa?",
                "Quedo a tu disposición"
            })
    void anOfferOfFurtherHelpIsMet(String agent) {
        assertThat(assess(agent)).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿En qué puedo ayudarte?", "Listo, ya está", "No puedo hacer nada más desde acá"})
    void theOpeningQuestionOrNoOfferIsNotObserved(String agent) {
        assertThat(assess(agent)).isEqualTo(Verdict.NOT_OBSERVED);
    }
}
