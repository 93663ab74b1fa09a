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

class GreetingCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.GREETING);

    private CriterionResult assess(ChatBuilder chat) {
        return criterion.assess(chat.analyzed(), CONTEXT);
    }

    @Test
    void theAutomaticWelcomeIsAGreeting() {
        CriterionResult result = assess(ChatBuilder.chat()
                .system("Bienvenido a ToWebs, ¿en qué podemos ayudarte?")
                .customer("no me anda el mail")
                .agent("Pasame el dominio"));

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("Bienvenido"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hola Pedro, soy Lucía",
                "Buen día! en qué te ayudo?",
                "BUENAS TARDES",
                "buenas, contame",
                "Buenas noches, le saluda Roberto",
                "¡Bienvenida a ToWebs!",
                "Qué tal? Soy Martín",
                "Holaaa",
                "Gracias por comunicarte con ToWebs",
                "Saludos, Lucía de hosting",
                "¿Cómo estás? Soy Lucía"
            })
    void anAgentWhoOpensWithAGreetingMeetsIt(String opening) {
        assertThat(assess(ChatBuilder.chat()
                                .customer("hola, no me llegan los mails")
                                .agent(opening))
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void anAgentWhoOpensStraightWithInstructionsDoesNotMeetIt() {
        CriterionResult result = assess(ChatBuilder.chat()
                .customer("no puedo entrar al cpanel")
                .agent("Entrá a tudominio.com/cpanel con el usuario del mail de alta."));

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(1));
    }

    @Test
    void aSelfIntroductionAloneIsNotAGreeting() {
        assertThat(assess(ChatBuilder.chat().customer("no anda la web").agent("Soy Lucía de ToWebs. ¿Qué dominio es?"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aGreetingSentAsASecondLineOfTheOpeningTurnCounts() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda la web")
                                .agent("Lucía de hosting")
                                .agent("hola! contame"))
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void aGreetingAfterTheCustomerWroteAgainIsNotTheOpening() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda la web")
                                .agent("Qué dominio es?")
                                .customer("ejemplo.com")
                                .agent("Hola, ya lo miro"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aPanelNoticeThatIsNotAWelcomeLeavesTheOpeningToTheAgent() {
        assertThat(assess(ChatBuilder.chat().system("El chat fue transferido").agent("Hola, soy Martín"))
                        .verdict())
                .isEqualTo(Verdict.MET);
        assertThat(assess(ChatBuilder.chat().system("El chat fue transferido").agent("Pasame el dominio"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void goodNewsOrASuggestionAreNotGreetings() {
        assertThat(assess(ChatBuilder.chat()
                                .customer("no anda")
                                .agent("Tengo buenas noticias: qué tal si probamos de nuevo?"))
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aChatWithoutAnyAgentSideMessageHasNothingToJudge() {
        assertThat(assess(ChatBuilder.chat().customer("hola, hay alguien?")).verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
