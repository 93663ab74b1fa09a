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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainLanguageCriterionTest {

    private static final CriterionContext INEXPERIENCED =
            new CriterionContext(Rubric.standard().thresholds(), Set.of(CustomerType.INEXPERIENCED));
    private static final CriterionContext KNOWLEDGEABLE =
            new CriterionContext(Rubric.standard().thresholds(), Set.of(CustomerType.KNOWLEDGEABLE));
    private final Criterion criterion = CriterionFixtures.standard(CriterionId.PLAIN_LANGUAGE);

    private CriterionResult agentTellsABeginner(String line) {
        return criterion.assess(
                chat().customer("no entiendo nada de esto, me lo armó mi sobrino")
                        .agent(line)
                        .analyzed(),
                INEXPERIENCED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hay que cambiar el registro MX del dominio",
                "Tenés que esperar la propagación de los DNS",
                "Configurá el SMTP con el puerto 465 y SSL",
                "Delegá el dominio a ns1.towebs.com",
                "Borrá la caché del navegador",
                "Editá el .htaccess y subí el memory_limit en el php.ini",
                "El A es el que asocia el dominio a una IP",
                "La propagación es normal, hay que esperar"
            })
    void unexplainedJargonToABeginnerIsNotMet(String line) {
        CriterionResult result = agentTellsABeginner(line);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence()).allSatisfy(e -> assertThat(line).contains(e.quote()));
    }

    @Test
    void theUnexplainedTermsAreQuoted() {
        CriterionResult result = agentTellsABeginner("Cambiá el registro A y el CNAME, después esperá la propagación");

        assertThat(result.evidence()).extracting(e -> e.quote()).containsExactly("registro A", "CNAME", "propagación");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hay que cambiar el registro MX, que es como la dirección a donde llegan tus mails",
                "Falta la propagación, o sea el tiempo que tardan todos en enterarse del cambio",
                "Elegí IMAP. Es la opción que deja los mails en el celular y en la compu",
                "Cambiamos la dirección a donde llegan tus mails (el registro MX)",
                "El cPanel es el panel de control de tu página",
                "1) Abrí el navegador. 2) Escribí tudominio.com/cpanel. 3) Poné tu usuario y tu clave",
                "Tocá donde dice «Personal (IMAP)» y después «Siguiente»",
                "Entrá a https://tudominio.com/webmail con tu mail y tu clave",
                "Tu casilla está llena, como un cajón que ya no cierra. Te agrando el espacio."
            })
    void plainWordsStepsOrExplainedTermsAreMet(String line) {
        CriterionResult result = agentTellsABeginner(line);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(line).contains(e.quote()));
    }

    @Test
    void aTermExplainedOnceMayBeUsedAgain() {
        CriterionResult result = criterion.assess(
                chat().customer("no se nada de computacion")
                        .agent("El DNS es como la guía de teléfonos de internet")
                        .customer("ah ok")
                        .agent("Listo, ya cambié el DNS")
                        .analyzed(),
                INEXPERIENCED);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Delegar es justamente eso: avisarle a NIC en qué empresa está tu página | Ahora falta que NIC procese la delegación",
                "La propagación es simplemente el tiempo que tardan todos en enterarse del cambio | En un rato termina de propagarse",
                "Hay que delegarlo, o sea decirle a NIC dónde está tu página | Listo, ya figura delegado",
                "Tocá el botón \"Delegar\". Delegar es avisarle a NIC dónde está tu página | Falta que NIC procese la delegación"
            })
    void aTermExplainedOnceMayBeUsedAgainInAnotherForm(String explained, String usedAgain) {
        CriterionResult result = criterion.assess(
                chat().customer("no se nada de computacion")
                        .agent(explained)
                        .customer("ah ok")
                        .agent(usedAgain)
                        .analyzed(),
                INEXPERIENCED);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void anotherTermExplainedDoesNotExplainThisOne() {
        CriterionResult result = criterion.assess(
                chat().customer("no se nada de computacion")
                        .agent("El DNS es como la guía de teléfonos de internet")
                        .customer("ah ok")
                        .agent("Ahora falta que NIC procese la delegación")
                        .analyzed(),
                INEXPERIENCED);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void jargonIsFineWithACustomerWhoIsNotInexperienced() {
        CriterionResult result = criterion.assess(
                chat().customer("hice un dig MX y devuelve otro servidor")
                        .agent("Es la delegación: el TTL es de 3600")
                        .analyzed(),
                KNOWLEDGEABLE);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void nothingToJudgeBeforeTheAgentWrites() {
        CriterionResult result =
                criterion.assess(chat().customer("no entiendo nada de esto").analyzed(), INEXPERIENCED);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
