package com.towebs.chatqa.evaluation.criteria;

import static com.towebs.chatqa.evaluation.ChatBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.evaluation.rubric.Rubric;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourtesyCriterionTest {

    private static final CriterionContext CONTEXT =
            new CriterionContext(Rubric.standard().thresholds(), Set.of());
    private final Criterion criterion = CriterionFixtures.standard(CriterionId.COURTESY);

    private CriterionResult agentSays(String line) {
        AnalyzedChat chat = chat().system("Bienvenido a ToWebs, ¿en qué podemos ayudarte?")
                .customer("no me anda el mail")
                .agent(line)
                .analyzed();
        return criterion.assess(chat, CONTEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Como ya te dije, tenés que entrar por webmail",
                "eso ya te lo expliqué arriba",
                "Como ya le indiqué antes, ya se lo expliqué dos veces",
                "es obvio que no va a andar",
                "Disculpá, pero eso es obvio",
                "obviamente no va a andar si no ponés la clave",
                "lee bien lo que te escribí",
                "Lea bien lo que le escribo, por favor",
                "si no sabés usar el panel no es problema nuestro",
                "fijate vos.",
                "Fijate vos o con el que te hizo la página",
                "eso es culpa tuya por tocar lo que no tenías que tocar",
                "vos lo rompiste",
                "no puedo hacer magia",
                "tendrías que saberlo",
                "es lo más básico, cualquiera que tenga una página debería saber eso",
                "Perdón por intentar ayudarte, la próxima adivino",
                "¿y qué querés que haga?",
                "andá a quejarte a otro lado",
                "ya está, no insistas",
                "calmate un poco",
                "Cálmese, señor",
                "ESO YA LO HICE TRES VECES",
                "Te lo repito despacito a ver si esta vez se entiende",
                "eso no es tan conplicado, googlealo",
                "no te puedo hacer un curso por chat",
                "que sorpresa. nadie mira el spam, se ve q tampoco lo leiste jaja",
                "si configuraste mal el outlook no es culpa nuestra",
                "no es nuestro problema",
                "sos un boludo"
            })
    void aDiscourteousAgentMessageIsNotMet(String line) {
        CriterionResult result = agentSays(line);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(result.evidence())
                .singleElement()
                .satisfies(e -> assertThat(line).contains(e.quote()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¡Obvio! Ya lo reviso",
                "No es tu culpa, fue una falla del servidor",
                "No fue culpa tuya para nada",
                "Fijate vos si te llegó el mail de prueba",
                "Como te comenté, el cambio tarda unas horas",
                "q dominio es? desde cuando te rebotan?",
                "Hacé eso.",
                "Tu plan es básico: no incluye SSH",
                "Necesito tu USUARIO y CONTRASEÑA del panel, por favor",
                "Tocá el botón «INICIAR SESIÓN» y listo",
                "Revisá los registros MX y SPF en el DNS",
                "Eso lo maneja tu proveedor de internet, nosotros no podemos forzarlo",
                "Quedate tranquila, no hace falta que lo hagas vos",
                "Si no te gusta el diseño, podés cambiar la plantilla",
                "No es tan grave, se recupera desde el backup",
                "¿Qué querés que haga con los backups viejos, los borro?",
                "Es inútil restaurar ese backup, está incompleto"
            })
    void aCurtOrPlainAgentMessageIsStillCourteous(String line) {
        assertThat(agentSays(line).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aChatWithoutAgentMessagesIsCourteous() {
        AnalyzedChat chat =
                chat().customer("hola").customer("no me llegan los mails").analyzed();

        assertThat(criterion.assess(chat, CONTEXT).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void everyDiscourteousMessageIsQuoted() {
        AnalyzedChat chat = chat().customer("no anda")
                .agent("como ya te dije, reiniciá")
                .customer("sigue igual")
                .agent("no es nuestro problema")
                .analyzed();

        assertThat(criterion.assess(chat, CONTEXT).evidence())
                .extracting(e -> e.message())
                .containsExactly(1, 3);
    }
}
