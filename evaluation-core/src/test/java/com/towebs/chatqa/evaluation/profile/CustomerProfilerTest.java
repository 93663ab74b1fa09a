package com.towebs.chatqa.evaluation.profile;

import static com.towebs.chatqa.evaluation.ChatBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerProfilerTest {

    private final CustomerProfiler profiler = new CustomerProfiler();

    private Map<CustomerType, List<Evidence>> typesOf(AnalyzedChat chat) {
        return profiler.detect(chat);
    }

    @Test
    void aCalmCustomerHasNoType() {
        assertThat(typesOf(chat().customer("hola, no me llegan los mails a info@panaderia.com.ar desde ayer")
                        .agent("Hola, ¿qué error te aparece?")
                        .customer("ninguno, simplemente no llegan")
                        .analyzed()))
                .isEmpty();
    }

    @Test
    void shoutingAndComplaintsShowAnAngryCustomer() {
        var types = typesOf(chat().customer("HACE 2 DIAS Q NO PUEDO ENTRAR A MI PAGINA Y NADIE ME RESPONDE!!!")
                .customer("ES UNA VERGUENZA")
                .analyzed());

        assertThat(types).containsOnlyKeys(CustomerType.ANGRY);
        assertThat(types.get(CustomerType.ANGRY)).extracting(Evidence::quote).contains("NADIE ME RESPONDE");
    }

    @Test
    void aThreatToLeaveIsAngerOnItsOwn() {
        assertThat(typesOf(chat().customer("si no lo arreglan hoy me voy a otra empresa")
                        .analyzed()))
                .containsKey(CustomerType.ANGRY);
    }

    @Test
    void capitalsOfJoyAreNotAnger() {
        assertThat(typesOf(chat().customer("no me conecta el filezilla")
                        .agent("Probá con el puerto 22")
                        .customer("AHORA SI!! ya estoy subiendo")
                        .customer("LISTOOO llego!!! no lo puedo creer")
                        .analyzed()))
                .doesNotContainKey(CustomerType.ANGRY);
    }

    @Test
    void aStoryAboutAnotherProviderIsNotAnger() {
        assertThat(typesOf(chat().customer("el otro hosting se me caia, perdi como 40 ventas, un desastre")
                        .customer("por eso me paso a ustedes")
                        .analyzed()))
                .doesNotContainKey(CustomerType.ANGRY);
    }

    @Test
    void insultsAimedAtTheCompanyShowARudeCustomer() {
        var types = typesOf(chat().customer("el outlook no manda mails")
                .customer("son unos inutiles")
                .analyzed());

        assertThat(types).containsKey(CustomerType.RUDE);
        assertThat(types.get(CustomerType.RUDE)).extracting(Evidence::quote).containsExactly("son unos inutiles");
    }

    @Test
    void personalStoriesAndChitChatShowATalkativeCustomer() {
        var types = typesOf(chat().customer("hola que tal! como andan? aca con un dia de locos jaja")
                .customer("te cuento, soy fotografo y ayer hice un casamiento en Tigre, hermoso lugar")
                .customer("la novia me esta apurando porque se va de luna de miel a Bariloche jajaja")
                .customer("y el filezilla no me conecta")
                .analyzed());

        assertThat(types).containsOnlyKeys(CustomerType.TALKATIVE);
    }

    @Test
    void oneMentionOfARelativeIsNotTalkative() {
        assertThat(typesOf(chat().customer("me aparece que el correo esta lleno")
                        .customer("me maneja todo mi hija pero esta de viaje")
                        .analyzed()))
                .doesNotContainKey(CustomerType.TALKATIVE);
    }

    @Test
    void correctTechnicalKnowledgeShowsAKnowledgeableCustomer() {
        assertThat(typesOf(chat().customer("Hice un dig MX y devuelve mx.otrohosting.net, pero no toque la zona")
                        .analyzed()))
                .containsOnlyKeys(CustomerType.KNOWLEDGEABLE);
        assertThat(typesOf(chat().customer("necesito pasar mi sitio a php 8.1 xq el tema nuevo no funciona con 7.4")
                        .analyzed()))
                .containsOnlyKeys(CustomerType.KNOWLEDGEABLE);
    }

    @Test
    void quotingAnErrorOrAPortIsNotExpertise() {
        assertThat(typesOf(chat().customer("la pagina tira 403 forbidden")
                        .customer("subi unas cosas por ftp")
                        .analyzed()))
                .doesNotContainKey(CustomerType.KNOWLEDGEABLE);
    }

    @Test
    void sayingItDoesNotUnderstandShowsAnInexperiencedCustomer() {
        var types = typesOf(
                chat().customer("que es el cpanel?? soy nueva con todo esto").analyzed());

        assertThat(types).containsOnlyKeys(CustomerType.INEXPERIENCED);
        assertThat(types.get(CustomerType.INEXPERIENCED))
                .extracting(Evidence::quote)
                .contains("soy nueva con");
    }

    @Test
    void technicalWordsReadOffTheScreenByABeginnerAreNotExpertise() {
        var types = typesOf(chat().customer("ay no se ni como empezar jaja")
                .customer("me pregunta POP3 o IMAP, que pongo?? ni idea que es eso")
                .analyzed());

        assertThat(types).containsKey(CustomerType.INEXPERIENCED).doesNotContainKey(CustomerType.KNOWLEDGEABLE);
    }

    @Test
    void confessingNoIdeaOfComputersOrWhatSomethingIsShowsAnInexperiencedCustomer() {
        for (String customer : List.of(
                "quiero una pagina web, yo de computadoras ni idea eh",
                "con las compus cero, me maneja todo mi hijo",
                "no puedo entrar al webmail, que no se bien que es")) {
            assertThat(typesOf(chat().customer(customer).analyzed())).containsKey(CustomerType.INEXPERIENCED);
        }
    }

    @Test
    void askingForPatienceAndARelativeWhoBuiltTheSiteShowAnInexperiencedCustomer() {
        assertThat(typesOf(chat().customer("buenas, tenganme paciencia que ya tengo mis años")
                        .customer("mi nieto me armo una pagina y no se como ver los pedidos")
                        .analyzed()))
                .containsKey(CustomerType.INEXPERIENCED);
        assertThat(typesOf(chat().customer("tenme paciencia, estoy manejando").analyzed()))
                .doesNotContainKey(CustomerType.INEXPERIENCED);
    }

    @Test
    void aPuzzledButCapableCustomerIsNotInexperienced() {
        assertThat(typesOf(chat().customer("no se si tiene que ver, pero actualice unos plugins")
                        .customer("no se me ocurrio revisar el spam")
                        .analyzed()))
                .isEmpty();
    }

    @Test
    void anAngryCustomerMetWithAnApologyIsHandledWell() {
        AnalyzedChat chat = chat().customer("ES UNA VERGUENZA, estoy harta")
                .agent("Disculpá la demora, lo reviso ya")
                .analyzed();
        var empathy = CriterionResult.of(CriterionId.EMPATHY, Verdict.MET, new Evidence(1, "Disculpá la demora"));

        List<ProfileFinding> findings =
                profiler.assessHandling(chat, profiler.detect(chat), Map.of(CriterionId.EMPATHY, empathy));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(CustomerType.ANGRY);
            assertThat(f.handling()).isEqualTo(Verdict.MET);
            assertThat(f.handlingEvidence()).extracting(Evidence::quote).containsExactly("Disculpá la demora");
        });
    }

    @Test
    void aRudeCustomerAnsweredRudelyIsHandledBadly() {
        AnalyzedChat chat = chat().customer("son unos inutiles")
                .agent("calmate, no es nuestro problema")
                .analyzed();
        var courtesy = CriterionResult.of(CriterionId.COURTESY, Verdict.NOT_MET, new Evidence(1, "calmate"));

        List<ProfileFinding> findings =
                profiler.assessHandling(chat, profiler.detect(chat), Map.of(CriterionId.COURTESY, courtesy));

        assertThat(findings)
                .filteredOn(f -> f.type() == CustomerType.RUDE)
                .singleElement()
                .satisfies(f -> assertThat(f.handling()).isEqualTo(Verdict.NOT_MET));
    }

    @Test
    void smallTalkWithATalkativeCustomerIsPartialWhenTheAgentAlsoRefocuses() {
        AnalyzedChat chat = chat().customer(
                        "hola como va? te cuento que mi ex socio se fue a Mendoza a poner una bodega jaja")
                .customer("el otro dia me mando unos vinos buenisimos jaja")
                .customer("necesito pasar el dominio a mi nombre")
                .agent("Todo bien por acá, ¿vos? Vamos por partes: ¿es un .com.ar o un .com?")
                .analyzed();

        List<ProfileFinding> findings = profiler.assessHandling(chat, profiler.detect(chat), Map.of());

        assertThat(findings)
                .filteredOn(f -> f.type() == CustomerType.TALKATIVE)
                .singleElement()
                .satisfies(f -> assertThat(f.handling()).isEqualTo(Verdict.PARTIAL));
    }

    @Test
    void askingAKnowledgeableCustomerToRestartIsHandledBadly() {
        AnalyzedChat chat = chat().customer("revise el SPF y el DKIM y pasan, hice un dig y el MX esta bien")
                .agent("¿Reiniciaste la compu?")
                .analyzed();

        List<ProfileFinding> findings = profiler.assessHandling(chat, profiler.detect(chat), Map.of());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(CustomerType.KNOWLEDGEABLE);
            assertThat(f.handling()).isEqualTo(Verdict.NOT_MET);
        });
    }

    @Test
    void nothingToJudgeYetIsNotObserved() {
        AnalyzedChat chat = chat().customer("no entiendo nada de esto, me lo armo mi sobrino")
                .analyzed();

        assertThat(profiler.assessHandling(chat, profiler.detect(chat), Map.of()))
                .singleElement()
                .satisfies(f -> assertThat(f.handling()).isEqualTo(Verdict.NOT_OBSERVED));
    }
}
