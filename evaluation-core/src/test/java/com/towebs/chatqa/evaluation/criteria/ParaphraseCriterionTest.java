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

class ParaphraseCriterionTest {

    private final Criterion criterion = CriterionFixtures.standard(CriterionId.PARAPHRASE);

    private CriterionResult afterTheCustomerSays(String customer, String agent) {
        return criterion.assess(
                ChatBuilder.chat().customer(customer).agent(agent).analyzed(), CONTEXT);
    }

    @Test
    void aRestatementInOtherWordsIsAParaphrase() {
        CriterionResult result = afterTheCustomerSays(
                "No salen los mails, no puedo enviar nada",
                "Entiendo, estás teniendo problemas con el envío de correos. ¿Desde qué programa enviás?");

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e ->
                        assertThat(e.quote()).isEqualTo("Entiendo, estás teniendo problemas con el envío de correos."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "o sea que no te llegan los correos nuevos",
                "Si te entendí bien, los mails no te entran desde ayer",
                "Me decís que no recibís correos",
                "Por lo que me contás, la casilla no recibe nada",
                "Veo que tenés problemas con la recepción de mails",
                "Entonces no te llegan los mails, ¿no?",
                "Los correos nuevos no te entran, ¿es así?",
                "tenés problemas para recibir correo, ok"
            })
    void understandingFramedWithTheCustomersContentIsAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("hola, no me llegan los mails desde ayer", agent)
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ok",
                "Entiendo.",
                "Perfecto",
                "Entiendo tu molestia",
                "Entiendo, ¿me pasás tu dominio?",
                "Entiendo, aguardame un momento que reviso tus mails",
                "Si no te llegan, revisá la carpeta de spam",
                "¿No te llegan los mails?",
                "Entiendo, te explico cómo ver los mails en el celular",
                "Ya quedó, era el disco lleno, por eso no te llegaban"
            })
    void anAcknowledgementARequestOrAQuestionIsNotAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("hola, no me llegan los mails desde ayer", agent)
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void aRestatementOfSomethingTheCustomerNeverSaidIsNotAParaphrase() {
        assertThat(afterTheCustomerSays("quiero cambiar el plan", "Entiendo, no te funciona el certificado SSL")
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }

    @Test
    void aNeedRestatedCountsToo() {
        assertThat(afterTheCustomerSays(
                                "necesito bajar el backup de hace 3 dias",
                                "Perfecto: querés descargar la copia de seguridad de hace tres días.")
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A ver si te sigo: los correos que te mandan no te están entrando, ¿sí?",
                "Si te sigo bien, la casilla no recibe nada desde ayer.",
                "Si no me equivoco, los mails no te entran desde ayer.",
                "Veo entonces que desde ayer la casilla no recibe ningún mail."
            })
    void aCheckOfUnderstandingFollowedByTheCustomersContentIsAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("hola, no me llegan los mails desde ayer", agent)
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Si entendí bien, podés mandar correos pero no te llega ninguno.",
                "A ver si le entendí: usted puede enviar mails, pero no recibe nada",
                "si te entendi bien vos podes mandar mails y lo q no anda es recibir"
            })
    void whatTheCustomerCanDoRestatedAfterACheckOfUnderstandingIsAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("puedo enviar mails pero no recibo ninguno", agent)
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Entiendo, podés probar mandando los mails desde el webmail.",
                "Si te entendí bien, ¿podés pasarme la casilla que no recibe mails?"
            })
    void anOfferOrARequestAfterAFramingIsNotAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("puedo enviar mails pero no recibo ninguno", agent)
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Para ayudarte con lo que necesitás: querés sumar una casilla nueva para ventas.",
                "Bien, lo que busca: dar de alta otra casilla, la de ventas."
            })
    void aNeedIntroducedWithAColonIsAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("quiero crear una casilla de mail para ventas", agent)
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Entiendo el susto, pero quedate tranquilo que están todos.",
                "entiendo tu miedo, los correos estan a salvo",
                "Comprendo los nervios, no se borró ningún mail."
            })
    void aFeelingAcknowledgedIsNotAParaphrase(String agent) {
        assertThat(afterTheCustomerSays("se me borraron todos los mails!! los perdi??", agent)
                        .verdict())
                .isEqualTo(Verdict.NOT_OBSERVED);
    }
}
