package com.towebs.chatqa.evaluation.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.evaluation.language.SpellingChecker.Misspelling;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishSpellingCheckerTest {

    /** Loading the dictionary takes tens of milliseconds: one checker serves every test (it is stateless but for its cache). */
    private static SpanishSpellingChecker checker;

    @BeforeAll
    static void loadTheDictionary() {
        checker = new SpanishSpellingChecker();
    }

    private static List<String> errorsIn(String text) {
        return checker.misspellings(text).stream().map(Misspelling::word).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¡Hola, buenas tardes! Soy Lucía, del área de hosting. ¿En qué te puedo ayudar?",
                "Dale, aguardame un minutito que lo reviso y te cuento.",
                "Fijate si te llegó el mail de prueba y avisame, porfa.",
                "Listo, ya quedó: reinicié el servicio y el sitio carga bien. ¿Podés probar desde tu lado?",
                "Para configurar el Outlook usá el puerto 465 con SSL y como servidor mail.tudominio.com.ar.",
                "Decime qué error te aparece y, si podés, pasame una captura.",
                "Entrá al cPanel, andá a Cuentas de correo y tocá «Cambiar contraseña».",
                "Perdón la demora, se complicó un poco. Ya encontré el problema: el registro MX apuntaba a otro servidor.",
                "Tenés razón, disculpá. Te genero un ticket con el área técnica y te escribo apenas tenga novedades.",
                "Che, genial que ya ande. Cualquier cosa escribinos, estamos para ayudarte. ¡Que tengas buen día!",
                "El certificado de Let's Encrypt se renueva solo con AutoSSL; no tenés que hacer nada.",
                "Revisá la carpeta de spam y marcalo como correo deseado, así no vuelve a pasar.",
                "Los registros SPF y DKIM ya están bien, la propagación de los DNS puede demorar unas horas.",
                "Hacé un backup desde phpMyAdmin antes de actualizar los plugins de WordPress.",
                "Bárbaro, cualquier otra consulta contame. ¡Saludos!",
                "Joya, re bien. Chau, que andes bien.",
            })
    void realisticRioplatenseAgentSentencesHaveNoErrors(String sentence) {
        assertThat(errorsIn(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tenes",
                "aguarda",
                "esta",
                "informacion",
                "rapido",
                "tambien",
                "ahi",
                "dia",
                "configuracion",
                "podes",
                "queres",
                "proba",
                "mira",
                "enviamelo",
                "pasamelo",
                "facil",
                "vacio"
            })
    void missingAccentIsNotAnError(String word) {
        assertThat(errorsIn("Bueno, " + word + " entonces.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ténes", "tambíen", "informácion", "rápidó"})
    void misplacedAccentIsNotAnError(String word) {
        assertThat(errorsIn("Bueno, " + word + " entonces.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"contrasena", "manana", "Espana", "diseno", "companero"})
    void enyeTypedAsNIsNotAnError(String word) {
        assertThat(errorsIn("Mirá, la " + word + " ya está.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenés", "podés", "querés", "sabés", "sos", "decís", "venís", "hacés", "necesitás"})
    void voseoPresentIsAccepted(String verb) {
        assertThat(errorsIn("Ahora " + verb + " que esperar.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mirá", "probá", "tené", "vení", "hacé", "poné", "andá", "entrá", "tocá", "ingresá"})
    void voseoImperativeIsAccepted(String verb) {
        assertThat(errorsIn("Bueno, " + verb + " eso.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fijate",
                "decime",
                "aguardame",
                "contame",
                "escribime",
                "avisame",
                "indicame",
                "brindame",
                "dejame",
                "enviamelo",
                "enviámelo",
                "pasame",
                "mandámelo",
                "bancame",
                "hacelo",
                "probalo",
                "disculpame"
            })
    void voseoImperativeWithCliticIsAccepted(String verb) {
        assertThat(errorsIn("Bueno, " + verb + " cuando puedas.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"dale", "che", "ok", "okey", "chau", "genial", "re", "bárbaro", "joya", "porfa", "nomás", "acá"})
    void commonArgentineWordsAreAccepted(String word) {
        assertThat(errorsIn("Bueno " + word + " entonces")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cPanel",
                "webmail",
                "DNS",
                "MX",
                "SPF",
                "DKIM",
                "SSL",
                "hosting",
                "FTP",
                "SMTP",
                "IMAP",
                "POP",
                "WordPress",
                "plugin",
                "backup",
                "mail",
                "email",
                "Outlook",
                "Gmail",
                "PHP",
                "MySQL",
                "phpMyAdmin",
                "AutoSSL",
                "ToWebs",
                "ticket",
                "link",
                "login",
                "password",
                "spam",
                "cache",
                "browser",
                "dns",
                "cpanel",
                "wordpress",
                "CNAME",
                "TTL",
                "nameservers",
                "htaccess",
                "FileZilla",
                "logs",
                "snapshot"
            })
    void hostingVocabularyIsAccepted(String word) {
        assertThat(errorsIn("revisé el " + word + " recién")).isEmpty();
    }

    @Test
    void urlsEmailsDomainsAndNumbersAreNeitherErrorsNorWords() {
        String text = "Entrá a https://towebs.com.ar/ayuda?id=12 o escribí a soporte@towebs.com.ar; "
                + "tu dominio mi-estudio.com.ar apunta a 185.230.63.171 desde www.towebs.com y nic.ar lo confirma.";

        assertThat(errorsIn(text)).isEmpty();
        assertThat(checker.countWords(text)).isEqualTo(13);
    }

    @Test
    void fileNamesPathsAndCommandOptionsAreNotWords() {
        String text = "Editá wp-config.php y .htaccess en public_html/wp-content, después corré ssh -p 2222 --verbose";

        assertThat(errorsIn(text)).isEmpty();
        assertThat(checker.countWords(text)).isEqualTo(6);
    }

    @Test
    void idsWithDigitsAndEmojiAreNotWords() {
        String text = "Tu ticket #48213 está en el vps14 con PHP 8.2 👍🙂";

        assertThat(errorsIn(text)).isEmpty();
        assertThat(checker.countWords(text)).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"q", "k", "xq", "pq", "porq", "tmb", "tb", "x", "msj", "xfa", "xfavor", "dsp", "tmbn", "salu2"})
    void chatAbbreviationsAreErrors(String abbreviation) {
        assertThat(errorsIn("ya lo reviso " + abbreviation + " te aviso")).containsExactly(abbreviation);
    }

    @Test
    void aChatAbbreviationIsAWordOfTheCount() {
        assertThat(checker.countWords("fijate q llegue")).isEqualTo(3);
    }

    @Test
    void anXBetweenNumbersIsATimesSignNotAWord() {
        assertThat(errorsIn("la imagen tiene que ser de 1920 x 1080")).isEmpty();
        assertThat(checker.countWords("la imagen de 1920 x 1080")).isEqualTo(3);
    }

    @Test
    void aCapitalisedUnitThatReadsLikeAnAbbreviationIsAccepted() {
        assertThat(errorsIn("Tu plan tiene 1 TB de espacio")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ayduarte", "porblema", "configurasion", "probedor", "nesecites", "estava", "conplicado"})
    void typoIsReported(String typo) {
        assertThat(errorsIn("bueno, el " + typo + " ya está")).containsExactly(typo);
    }

    @Test
    void misspellingsComeInOrderWithTheirOffsets() {
        assertThat(checker.misspellings("hola, q porblema tenés? fijate x las dudas"))
                .containsExactly(new Misspelling("q", 6), new Misspelling("porblema", 8), new Misspelling("x", 31));
    }

    @Test
    void aCapitalisedUnknownWordInMidSentenceIsTakenForAName() {
        assertThat(errorsIn("Hablé con Florencia de Hostinger y con Mailgun, ya lo ven."))
                .isEmpty();
    }

    @Test
    void aCapitalisedUnknownWordStartingASentenceIsChecked() {
        assertThat(errorsIn("Ya está. Porblema resuelto. ¿Ayduarte en algo más?"))
                .containsExactly("Porblema", "Ayduarte");
    }

    @Test
    void aNameWithoutItsAccentIsNotAnError() {
        assertThat(errorsIn("Lucia y Martin ya lo revisaron.")).isEmpty();
    }

    @Test
    void aKnownNameInLowerCaseIsNotAnError() {
        assertThat(errorsIn("gracias valeria, saludos desde argentina")).isEmpty();
    }

    @Test
    void shoutedWordsAreCheckedLikeAnyOther() {
        assertThat(errorsIn("URGENTE: ya restablecimos el CORREO")).isEmpty();
        assertThat(errorsIn("ya restablecimos el CONFIGURASION")).containsExactly("CONFIGURASION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minutito", "segundito", "momentito", "toquecito", "cafecito"})
    void diminutiveOfAKnownWordIsAccepted(String word) {
        assertThat(errorsIn("dame un " + word)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Holaaa", "holaa", "Ahh", "jaja", "jajaja", "siii", "Graciaaas"})
    void laughterAndStretchedLettersAreNotErrors(String word) {
        assertThat(errorsIn(word + ", ya lo vi")).isEmpty();
    }

    @Test
    void theCacheDoesNotChangeVerdicts() {
        SpanishSpellingChecker uncached = new SpanishSpellingChecker(0);
        String text = "Hola Pedro! q porblema tenés con el cPanel? Porblema. Fijate x las dudas, contrasena, tiket";

        assertThat(uncached.misspellings(text))
                .isEqualTo(checker.misspellings(text))
                .hasSize(5);
        assertThat(uncached.misspellings(text)).isEqualTo(checker.misspellings(text));
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        SpanishSpellingChecker shared = new SpanishSpellingChecker(50);
        List<String> texts = List.of(
                "hola, q porblema tenés? fijate x las dudas",
                "Aguardame un minutito que reviso el registro MX de tu dominio.",
                "Listo, ya quedó. Cualquier cosa escribime, salu2",
                "la configurasion del outlook esta mal, xq el puerto es 25");
        List<List<Misspelling>> expected =
                texts.stream().map(checker::misspellings).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!shared.misspellings(texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
