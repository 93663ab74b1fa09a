package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.ChatBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerAppreciationCriterionTest {

    private static final CriterionContext CALM =
            new CriterionContext(Rubric.standard().thresholds(), Set.of());
    private static final CriterionContext ANGRY =
            new CriterionContext(Rubric.standard().thresholds(), Set.of(CustomerType.ANGRY));
    private final Criterion criterion = CriterionFixtures.standard(CriterionId.CUSTOMER_APPRECIATION);

    private CriterionResult customerReplies(String line, CriterionContext context) {
        return criterion.assess(
                chat().customer("no me anda el mail")
                        .agent("Listo, ya quedó funcionando")
                        .customer(line)
                        .analyzed(),
                context);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gracias!",
                "mil gracias",
                "Muchas gracias por la atención",
                "grax",
                "me salvaste!!",
                "genia total",
                "sos un crack",
                "buena atención",
                "Excelente!",
                "re amable",
                "joya, gracias",
                "gracias ❤️🙏",
                "ahora sí anda, gracias",
                "no, eso es todo, gracias!",
                "sos un genio martin, en serio",
                "muchisimas gracias señorita, que amable",
                "GRACIAAAS",
                "te agradezco un montón",
                "me explicaste todo re claro"
            })
    void genuineThanksOrPraiseIsMet(String line) {
        CriterionResult result = customerReplies(line, CALM);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo(2);
            assertThat(line).contains(e.quote());
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gracias por nada",
                "gracias por nada eh, la proxima me voy a otro hosting",
                "gracias eh, re útil 🙄",
                "excelente servicio, 3 horas esperando",
                "genial, gracias por hacerme perder la tarde",
                "gracias igual",
                "gracias por la \"ayuda\"",
                "ok ahi entre",
                "gracias?",
                "gracias a ustedes perdí 40 ventas, un desastre"
            })
    void sarcasmLukewarmThanksOrNoThanksIsNotObserved(String line) {
        assertThat(customerReplies(line, CALM).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gracias eh, re rapido todo", "gracias por tanto", "excelente servicio jaja"})
    void ironicPraiseFromAnAngryCustomerIsNotObserved(String line) {
        assertThat(customerReplies(line, ANGRY).verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void plainThanksFromAnAngryCustomerStillCounts() {
        assertThat(customerReplies("si ahi llego, gracias", ANGRY).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void thanksBeforeTheAgentTookPartDoNotCount() {
        CriterionResult result = criterion.assess(
                chat().customer("hola, no me anda el mail, desde ya gracias!")
                        .customer("gracias")
                        .agent("Hola, ¿qué dominio es?")
                        .analyzed(),
                CALM);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void aLaterComplaintDoesNotUndoThanks() {
        CriterionResult result = criterion.assess(
                chat().customer("no anda")
                        .agent("Listo, probá ahora")
                        .customer("si ahi llego, gracias")
                        .customer("la proxima avisen antes de q explote todo")
                        .analyzed(),
                ANGRY);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
    }
}
