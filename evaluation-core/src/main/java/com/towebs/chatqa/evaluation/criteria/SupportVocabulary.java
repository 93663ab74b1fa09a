package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.SpanishStemmer;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What hosting-support chats talk about, grouped into topics, and the words that carry no content of their
 * own. A customer and an agent rarely use the same words for the same thing ("no salen los mails" and
 * "problemas con el envio de correos"): comparing topics as well as stems lets an agent's restatement in its
 * own words count as one.
 */
final class SupportVocabulary {

    /** Topic name to the words (in normalised text) that bring it up. */
    private static final Map<String, TextPattern> TOPICS = new LinkedHashMap<>();

    static {
        topic(
                "mail",
                "e?-?mails?|correos?|casillas?|webmail|outlook|gmail|hotmail|thunderbird|bandejas?|buzon(?:es)?|"
                        + "cuentas? de correo|mensajes? de correo|roundcube");
        topic(
                "send",
                "envi\\w*|mand(?:ar|o|a|an|as|e|en|ando|aba|aban)|sal(?:e|en|ir|iendo|ia|ian|ientes?|io|ieron|ga|gan)|"
                        + "rebot\\w*|smtp|despach\\w*");
        topic("receive", "recib\\w*|recepcion|lleg(?:a|an|ar|ando|aba|aban|o|aron|ue|uen|ada)|entrantes?|imap|pop3?");
        topic(
                "access",
                "entr(?:ar|o|a|an|as|e|es|aba|abas|ando)|ingres\\w*|acced\\w*|acceso|login|logue\\w*|"
                        + "inici\\w* (?:de )?sesion|conect\\w*|loguin");
        topic("password", "contrasenas?|claves?|password|credenciales");
        topic("site", "web|webs|paginas?|sitios?|site|wordpress|tienda|landing|blog|portal|url|home");
        topic("domain", "dominios?|[a-z0-9-]+\\.(?:com|net|org|ar|info|store|online)(?:\\.ar)?|nic");
        topic("expiry", "venc\\w*|renov\\w*|expir\\w*|caduc\\w*");
        topic(
                "failure",
                "funcion\\w*|anda|andan|andar|andando|andaba|carga|cargan|cargar|cargando|abre|abren|abrir|"
                        + "caid[oa]s?|cae|error\\w*|fall\\w*|rot[oa]s?|roto");
        topic("panel", "panel|cpanel|plesk|administrador|admin");
        topic("ssl", "ssl|certificados?|https|candado|insegur[oa]|no segur[oa]");
        topic("dns", "dns|mx|registros? (?:mx|dns|a|txt|spf|cname)|propag\\w*|apunt\\w*|cname|nameservers?|spf|dkim");
        topic("space", "espacio|cuota|llen[oa]s?|disco|almacenamiento|capacidad|cupo|quota");
        topic("slow", "lent[oa]s?|lentitud|tard(?:a|an|ando|o)|demor\\w*");
        topic("database", "bases? de datos|mysql|phpmyadmin|bd|db");
        topic("files", "ftp|filezilla|archivos?|subir|sub[oe]|carpetas?");
        topic("billing", "factur\\w*|pag(?:o|ar|ue|aste|ado|os|ue)|cobr\\w*|tarjetas?|abono|deuda|suspend\\w*");
        topic("spam", "spam|no deseado|lista negra|blacklist|bloque\\w*");
        topic("backup", "backups?|copias? de seguridad|respaldos?|restaur\\w*");
        topic("migration", "migr\\w*|mudar|mudanza|traslad\\w*|transfer\\w*");
    }

    /** Words that say nothing about what the problem is: grammar, courtesy, framing, feelings. */
    private static final Set<String> EMPTY_WORDS = Set.copyOf(Arrays.asList(
            ("a al algo algun alguna algunas alguno algunos ante aca ahi ahora aun asi aunque bajo bien bueno buena "
                            + "buenas buenos buen cada casi como con contra cual cuales cuando de del desde donde dos durante e el "
                            + "ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estaban estamos estan estar "
                            + "estas este esto estos estoy fue fueron ha habia han has hasta hay he hola hoy la las le les lo los "
                            + "mas me mi mis mio mucho mucha muy nada ni no nos nosotros nuestra nuestro o os otra otro otros para "
                            + "pero poco por porque que quien se sea ser si sin sobre solo son soy su sus tal tambien tan tanto te "
                            + "tengo tenes tiene tienen tienes tenemos tener ti toda todo todos tu tus un una unas uno unos usted "
                            + "ustedes vos y ya yo "
                            + "ok dale perfecto genial listo claro gracias favor por favor entiendo entendi entender entendido "
                            + "comprendo veo ver vi sea osea decir decis dice dices contas cuenta comentas comenta indicas indica "
                            + "mencionas menciona planteas plantea dijiste contaste comentaste escribiste "
                            + "problema problemas inconveniente inconvenientes dificultad dificultades tema temas consulta caso "
                            + "situacion cosa cosas tipo pasa pasando pasaba sucede ocurre teniendo tenias tenia puedo podes puede "
                            + "pueden podemos poder podia podias hace hacer hago hiciste quiero queres quiere necesito necesitas "
                            + "necesita ayuda ayudar ayudarte momento minuto minutos segundo rato dia dias vez veces ahi asi "
                            + "molestia molesto molesta frustracion frustrante preocupacion enojo bronca urgencia urgente feo "
                            + "complicado seguro entonces correcto verdad cierto anotado senor senora estimado estimada")
                    .split(" ")));

    private SupportVocabulary() {}

    private static void topic(String name, String words) {
        TOPICS.put(name, TextPattern.compile("\\b(?:" + words + ")\\b"));
    }

    /** The topics a text brings up. */
    static Set<String> topics(String normalizedText) {
        Set<String> found = new LinkedHashSet<>();
        TOPICS.forEach((name, pattern) -> {
            if (pattern.foundIn(normalizedText)) {
                found.add(name);
            }
        });
        return found;
    }

    /** The stems of the words of a text that carry content (at least three letters, not an empty word). */
    static Set<String> contentStems(String normalizedText) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : normalizedText.split("[^a-z0-9]+")) {
            if (word.length() >= 3
                    && !EMPTY_WORDS.contains(word)
                    && !word.chars().allMatch(Character::isDigit)) {
                stems.add(SpanishStemmer.stem(word));
            }
        }
        return stems;
    }

    /**
     * Whether two stems are the same word in another form. The light stemmer leaves verbs inflected
     * ("borro", "borraron"), so stems sharing a prefix of at least four letters that covers most of the
     * shorter one count as one word.
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        int shorter = Math.min(a.length(), b.length());
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common * 10 >= shorter * 7;
    }

    static Set<String> contentStems(NormalizedText text) {
        return contentStems(text.text());
    }
}
