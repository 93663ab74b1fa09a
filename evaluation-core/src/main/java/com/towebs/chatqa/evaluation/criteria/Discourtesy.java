package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What makes an agent message discourteous: reproach, condescension, blame, dismissal, sarcasm, insults or
 * shouting. Shared by COURTESY (which fails on it) and EMPATHY (an apology inside a discourteous message,
 * "perdon por intentar ayudarte", is sarcasm, not empathy), so both read the same cues.
 *
 * <p>COURTESY is critical: one false hit zeroes a chat. So every cue is a construction that is rude in
 * itself, not a word that is rude only sometimes: "obvio" alone is rioplatense for "of course", "es obvio"
 * is condescending; "no es tu culpa" reassures, "es culpa tuya" blames; "fijate vos si te llego" is a test,
 * "fijate vos." sends the customer away.
 */
final class Discourtesy {

    private static final String NOT_NEGATED = "(?<!\\bno )(?<!\\bnunca )(?<!\\bpara nada )";

    private static final List<TextPattern> CUES = List.of(
            // Reproach for having to repeat: "como ya te dije", "eso ya te lo explique", "te lo repito despacito".
            TextPattern.compile(
                    "\\bya\\s+(?:te|le|les|se)\\s+(?:lo\\s+|la\\s+|los\\s+|las\\s+)?(?:dije|dijimos|explique|"
                            + "explicamos|aclare|aclaramos|respondi|respondimos|conteste|contestamos|repeti)\\b"),
            TextPattern.compile(
                    "\\b(?:te|le|les|se)\\s+lo\\s+(?:repito|digo|explico|vuelvo\\s+a\\s+(?:decir|explicar|repetir))"
                            + "\\s+(?:despacito|despacio|mas\\s+despacio|otra\\s+vez|de\\s+nuevo|una\\s+vez\\s+mas|"
                            + "por\\s+(?:segunda|tercera|ultima|enesima)\\s+vez)"),
            TextPattern.compile(
                    "\\bpor\\s+(?:tercera|cuarta|enesima)\\s+vez\\b|\\bcuantas\\s+veces\\s+(?:te|le|les|hay|tengo)\\b"),
            TextPattern.compile("\\b(?:lee|lea|lean|leer)\\s+(?:bien|de\\s+nuevo|otra\\s+vez|con\\s+atencion|"
                    + "lo\\s+que\\s+(?:te|le|les)?\\s*(?:escribi|escribo|puse|dije|digo|mande|explique))\\b"),
            TextPattern.compile(
                    "\\bsi\\s+(?:leyeras|leyera|leyeran|hubieras\\s+leido|hubiera\\s+leido|leyeses|lees\\s+bien|"
                            + "prestaras\\s+atencion)\\b|\\bpresta(?:r)?\\s+atencion\\s+a\\s+lo\\s+que\\b"),
            TextPattern.compile(
                    "\\bse\\s+ve\\s+que\\s+(?:no|tampoco|ni)\\s+(?:lo\\s+|la\\s+|los\\s+)?(?:leiste|leyo|leyeron|"
                            + "entendiste|entendio|sabes|sabe|miras|mira|prestaste|prestas)\\b|\\btampoco\\s+(?:lo\\s+)?(?:leiste|leyo)\\b"),
            TextPattern.compile(
                    "\\ba\\s+ver\\s+si\\s+(?:ahora|esta\\s+vez|asi|de\\s+una\\s+vez)\\s+(?:se\\s+|lo\\s+|me\\s+)?"
                            + "(?:entend\\w*|lee\\w*|capt\\w*)"),
            // Condescension: "es obvio", "es lo mas basico", "tendrias que saberlo", "no es tan dificil".
            TextPattern.compile(
                    NOT_NEGATED
                            + "\\b(?:es|era|resulta|seria)\\s+(?:re\\s+|muy\\s+|super\\s+|bastante\\s+|mas\\s+que\\s+)?"
                            + "obvio\\b|\\bobviamente\\s+no\\s+(?:te\\s+)?(?:va|iba|anda|andaba|funciona|funcionaba|podia|puede)\\b"),
            TextPattern.compile(
                    "(?<!plan\\s)(?<!paquete\\s)\\bes\\s+(?:lo\\s+mas\\s+|algo\\s+|re\\s+|super\\s+|muy\\s+)?basico\\b"
                            + "|\\b(?:cosa|cosas|algo|lo)\\s+(?:re\\s+|tan\\s+)?basic[oa]s?\\s+que\\s+(?:cualquiera|todo\\s+el\\s+mundo)"
                            + "|\\bes\\s+de\\s+manual\\b"),
            TextPattern.compile(
                    "\\b(?:cualquiera|todo\\s+el\\s+mundo|cualquier\\s+persona)\\s+(?:lo\\s+)?(?:sabe|deberia|tendria|"
                            + "entiende|se\\s+da\\s+cuenta|puede\\s+hacerlo|lo\\s+hace)\\b|\\bhasta\\s+un\\s+(?:nene|chico|nino)\\b"),
            TextPattern.compile(
                    "\\b(?:deberia|deberias|deberian|tendria|tendrias|tendrian)\\s+(?:que\\s+)?saber(?:lo|la)?\\b"
                            + "(?!\\s+(?:si|cual|cuales|que|donde|como|cuando|quien))"),
            TextPattern.compile(
                    "\\b(?:no|tampoco)\\s+es\\s+(?:tan\\s+(?:dificil|co[mn]plicad[oa]|complej[oa])|ninguna\\s+ciencia|"
                            + "ciencia|fisica\\s+cuantica)\\b|\\bnada\\s+del\\s+otro\\s+mundo\\b"),
            TextPattern.compile(
                    "\\bsi\\s+no\\s+(?:sabes|sabe|saben)\\s+(?:usar|manejar|como|configurar|nada|leer)\\b"
                            + "|\\bno\\s+(?:sabes|sabe|saben)\\s+(?:usar|manejar)\\b|\\bno\\s+(?:entendes|entiende|entienden)\\s+nada\\b"),
            TextPattern.compile(
                    "\\bno\\s+(?:te|le|les)\\s+(?:puedo|podemos|voy\\s+a)\\s+(?:hacer|dar|armar)\\s+un\\s+curso\\b"
                            + "|\\bno\\s+(?:soy|somos)\\s+(?:tu|su)\\s+(?:profesor|profesora|profe|maestro|maestra|secretari[oa]|ninera)\\b"),
            TextPattern.compile(
                    "\\bgooglea\\w*|\\bbusca(?:lo|la|los)?\\s+en\\s+(?:google|youtube|internet)\\b"
                            + "|\\ben\\s+(?:google|youtube)\\s+(?:hay|tenes|tiene|te\\s+salen|encontras|esta)\\b|\\bmil\\s+tutoriales\\b"),
            // Blame, not its negation: "es culpa tuya", "vos lo rompiste", "no es culpa nuestra".
            TextPattern.compile(NOT_NEGATED
                    + "\\b(?:es|fue|era)\\s+(?:(?:tu|su)\\s+culpa|culpa\\s+(?:tuya|suya|de\\s+vos|de\\s+usted|"
                    + "de\\s+ustedes))\\b|" + NOT_NEGATED + "\\bpor\\s+(?:tu|su)\\s+culpa\\b"),
            TextPattern.compile(
                    "\\b(?:vos|usted|ustedes)\\s+(?:lo|la|los|las)\\s+(?:rompiste|rompio|rompieron|desconfiguraste|"
                            + "desconfiguro)\\b|\\b(?:rompiste|rompio|desconfiguraste)\\s+(?:vos|usted)\\b"
                            + "|\\beso\\s+(?:te|le)\\s+pasa\\s+por\\b|\\bquien\\s+(?:te|le)\\s+mando\\s+a\\b"
                            + "|\\bpor\\s+tocar\\s+(?:lo\\s+que|donde|cosas\\s+que)\\s+no\\b"),
            // Dismissal: "no es nuestro problema", "fijate vos", "no puedo hacer magia", "anda a quejarte".
            TextPattern.compile(
                    "\\bno\\s+(?:es|era|sera)\\s+(?:(?:nuestr[oa]|mi)\\s+(?:culpa|problema|responsabilidad)|"
                            + "(?:culpa|problema|responsabilidad)\\s+(?:nuestr[oa]|mi[oa]|de\\s+nosotros))\\b"
                            + "|\\b(?:es|eso\\s+es)\\s+(?:(?:tu|su)\\s+problema|problema\\s+(?:tuyo|suyo|de\\s+vos|de\\s+usted))\\b"
                            + "|\\bproblema\\s+tuyo\\b"),
            TextPattern.compile(
                    "\\b(?:fijate|fijese|arreglate|arreglatelas|arreglese|arreglensela\\w*|resolvelo|resuelvalo)"
                            + "\\s+(?:vos|usted|solo|sola)\\b(?=\\s*(?:[.,;!]|$|o\\s|como\\s+(?:puedas|pueda|quieras)))"
                            + "|\\barreglatelas\\b|\\balla\\s+(?:vos|usted|ustedes)\\b"),
            TextPattern.compile(
                    "\\bno\\s+(?:puedo|podemos)\\s+hacer\\s+(?:magia|milagros)\\b|\\bno\\s+(?:hago|hacemos)\\s+"
                            + "(?:magia|milagros)\\b|\\bno\\s+(?:soy|somos)\\s+(?:mago|magos|adivin[oa]s?)\\b"),
            TextPattern.compile(
                    "\\bque\\s+(?:queres|quiere|quieren|pretendes|pretende)\\s+que\\s+(?:le\\s+|te\\s+|les\\s+)?"
                            + "(?:haga|hagamos|diga|digamos)(?:\\s+yo)?\\s*(?:[?!.,]|$)"),
            TextPattern.compile(
                    "\\b(?:anda|andate|vaya|vayase)\\s+a\\s+(?:quejarte|quejarse|reclamar|otr[oa]\\s+(?:lado|"
                            + "empresa|hosting))\\b|\\bquej(?:ate|ese)\\s+(?:con|a|en)\\s+otr"
                            + "|\\bsi\\s+no\\s+te\\s+gusta,?\\s+(?:anda|andate|cambiate|busca|podes\\s+irte)\\b"),
            TextPattern.compile(
                    "\\bno\\s+(?:insistas|insista|insistan|sigas\\s+insistiendo)\\b|\\bdeja\\s+de\\s+insistir\\b"),
            TextPattern.compile(
                    "\\b(?:calmate|calmese|calmense|tranquilizate|tranquilicese|relajate|relajese)\\b"
                            + "|\\bbaja(?:le)?\\s+(?:el\\s+tono|un\\s+cambio|dos\\s+cambios)\\b|\\bno\\s+me\\s+(?:grites|grite|hables\\s+asi)\\b"),
            TextPattern.compile(
                    "\\bno\\s+(?:me|nos)\\s+(?:hagas|haga|hagan)\\s+perder\\s+(?:el\\s+)?tiempo\\b"
                            + "|\\bno\\s+tengo\\s+(?:todo\\s+el\\s+dia|tiempo\\s+para)\\b|\\bno\\s+(?:sos|es)\\s+(?:el|la)\\s+unic[oa]\\b"),
            // Sarcasm: "perdon por intentar ayudarte, la proxima adivino", "que sorpresa, nadie mira el spam".
            TextPattern.compile("\\b(?:perdon\\w*|disculp\\w*)\\s+por\\s+(?:intentar|querer|tratar\\s+de|tratar)\\s+"
                    + "(?:de\\s+)?ayudar\\w*|\\bla\\s+proxima\\s+(?:te\\s+|lo\\s+)?adivino\\b"),
            TextPattern.compile(
                    "\\b(?:que|vaya)\\s+sorpresa\\b|\\bque\\s+novedad\\b|\\bsiempre\\s+(?:lo\\s+mismo|la\\s+misma)\\b"
                            + "|\\bnadie\\s+(?:mira|lee|revisa|lo\\s+lee|lo\\s+mira)\\b"),
            // Insults: words that are insults whatever they refer to, and others only when said of the customer.
            TextPattern.compile("\\b(?:boludo|boluda|pelotudo|pelotuda|idiota|imbecil|tarado|tarada|forro|forra)s?\\b"
                    + "|\\b(?:sos|son|es\\s+usted|eres)\\s+(?:un|una|unos|unas)?\\s*(?:inutil|inutiles|burr[oa]s?|gil|giles|"
                    + "ignorante|ignorantes)\\b"));

    /** Words typed in capitals that are names, not shouting. */
    private static final Set<String> ACRONYMS = Set.of(
            "dns", "mx", "ssl", "tls", "php", "ftp", "sftp", "ssh", "smtp", "imap", "pop", "pop3", "http", "https",
            "url", "ip", "ttl", "spf", "dkim", "dmarc", "cname", "nic", "ok", "id", "pdf", "csv", "gb", "mb", "kb",
            "tb", "cpanel", "www", "wp", "faq", "afip", "cuit", "iva", "sa", "srl", "html", "css", "js", "sql", "api",
            "vps", "cdn", "usb", "pc", "ar", "com", "net", "org", "caa", "ns", "cbu", "cvu", "dni", "arca", "ceo", "hs",
            "am", "pm", "utc", "vip", "iso", "ups");

    private static final TextPattern WORD = TextPattern.compile("\\p{L}[\\p{L}\\d]*");
    private static final TextPattern QUOTED = TextPattern.compile("«[^»]*»|\"[^\"]*\"|“[^”]*”");
    private static final int SHOUTED_RUN = 3;

    private Discourtesy() {}

    /**
     * The discourteous agent messages of a chat, by message index in chat order, with the words that make
     * each one so. Computed once per chat: COURTESY reports them and EMPATHY ignores apologies inside them.
     */
    static Map<Integer, Evidence> inChat(AnalyzedChat chat) {
        return chat.fact(Discourtesy.class, Discourtesy::find);
    }

    private static Map<Integer, Evidence> find(AnalyzedChat chat) {
        Map<Integer, Evidence> offences = new LinkedHashMap<>();
        for (AnalyzedMessage message : chat.agentMessages()) {
            in(message).ifPresent(evidence -> offences.put(message.index(), evidence));
        }
        return Collections.unmodifiableMap(offences);
    }

    /** The words of an agent message that make it discourteous, if any. */
    static Optional<Evidence> in(AnalyzedMessage message) {
        return message.text()
                .fact(Discourtesy.class, Discourtesy::offence)
                .map(quote -> new Evidence(message.index(), quote));
    }

    /** The words that make a text discourteous: read once per text, since agents repeat their phrases. */
    private static Optional<String> offence(NormalizedText text) {
        for (TextPattern cue : CUES) {
            Optional<NormalizedText.TextMatch> found = text.find(cue);
            if (found.isPresent()) {
                return Optional.of(found.get().quote());
            }
        }
        return shouting(text.original());
    }

    /**
     * Capitals as shouting: a run of at least three words in capitals that are not acronyms ("ESO YA LO HICE").
     * Two words are emphasis, not shouting ("tu USUARIO y CONTRASENA"), and quoted labels are names.
     */
    private static Optional<String> shouting(String original) {
        String text =
                QUOTED.matcher(original).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher word = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        int run = 0;
        while (word.find()) {
            String w = word.group();
            if (w.length() < 2) {
                continue; // "Y", "A", "O" neither start nor break a run
            }
            boolean shouted =
                    w.equals(w.toUpperCase()) && !w.equals(w.toLowerCase()) && !ACRONYMS.contains(w.toLowerCase());
            if (shouted) {
                if (run == 0) {
                    runStart = word.start();
                }
                run++;
                runEnd = word.end();
                if (run >= SHOUTED_RUN) {
                    while (word.find()) {
                        String next = word.group();
                        if (next.length() >= 2
                                && !(next.equals(next.toUpperCase()) && !next.equals(next.toLowerCase()))) {
                            break;
                        }
                        runEnd = word.end();
                    }
                    return Optional.of(original.substring(runStart, runEnd));
                }
            } else {
                run = 0;
            }
        }
        return Optional.empty();
    }
}
