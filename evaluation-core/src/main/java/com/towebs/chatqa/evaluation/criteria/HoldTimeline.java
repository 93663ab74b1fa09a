package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.analysis.AnalyzedChat;
import com.towebs.chatqa.evaluation.analysis.AnalyzedMessage;
import com.towebs.chatqa.evaluation.language.NormalizedText;
import com.towebs.chatqa.evaluation.language.TextPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The waits of a chat as the rubric measures them, and the holds the agent announced, shared by HOLD_NOTICE
 * and HOLD_FOLLOW_UP so that both criteria read the same timeline and the same hold-notice cues.
 *
 * <p>A wait is the time the customer spends waiting for the agent. It starts at the customer's first message
 * since the agent last wrote ("hola?" and "sigue ahi?" do not restart it), or at the agent's message when that
 * was a hold notice (the customer was told to wait from then on). The customer's first message starts a wait
 * like any other, also before the agent's first message; where the panel records that the agent joined ("Lucia
 * se unio a la conversacion") after the customer wrote, that first wait starts at the join (the queue before
 * it is not the agent's). A wait ends at the agent's next message; a wait the chat ends in (the customer gave
 * up, or a live chat is still waiting) counts up to the chat's last message.
 *
 * <p>A hold runs from a hold notice to the agent's next message that is not itself a renewal (a hold notice
 * while the hold is on: "sigo revisando, bancame un poco mas"); a hold still running at the end of the chat is
 * measured up to the last renewal.
 */
final class HoldTimeline {

    /** What started a wait. */
    enum WaitStart {
        /** the customer's first message since the agent last wrote */
        CUSTOMER_MESSAGE,
        /** the agent's hold notice: the customer was told to wait */
        HOLD_NOTICE,
        /** the panel's notice that the agent joined, after the customer had written */
        AGENT_JOINED
    }

    /**
     * How long the customer waited from message {@code from} to message {@code until}: the agent's next message
     * when {@code answered}, otherwise the chat's last message (the chat ends in the wait).
     */
    record Wait(AnalyzedMessage from, AnalyzedMessage until, long seconds, WaitStart start, boolean answered) {

        String describe() {
            String since = switch (start) {
                case HOLD_NOTICE -> "the hold notice at message ";
                case AGENT_JOINED -> "the agent joined at message ";
                case CUSTOMER_MESSAGE -> "the customer's message ";
            };
            return HoldTimeline.duration(seconds) + " without news after " + since + from.index()
                    + (answered ? "" : ", up to the chat's last message " + until.index());
        }
    }

    /** A hold from its notice to the message that ended it, with the renewals that kept the customer posted. */
    record Hold(AnalyzedMessage notice, AnalyzedMessage end, List<AnalyzedMessage> renewals) {

        long seconds() {
            return Duration.between(notice.at(), end.at()).toSeconds();
        }
    }

    // Time the agent asks for: "un momento", "unos minutitos", "un segundito", "un toque", "un ratito"...
    private static final String TIME_WORDS = "momento|momentito|momentitos|minuto|minutos|minutito|minutitos|segundo|"
            + "segundos|segundito|segunditos|instante|instantito|instantes|ratito|rato|toque|toquecito|"
            + "cachito|poquito|tiempito|tiempo|poco|poquitito";
    private static final String TIME = "(?:" + TIME_WORDS + ")";
    private static final String HOW_MUCH = "(?:(?:un|una|unos|unas|dos|tres|cinco|diez|\\d+|un par de|algunos|"
            + "unos pocos|otro|otros|otro par de)\\s+)?(?:(?:poco|poquito)\\s+)?(?:(?:mas)\\s+)?(?:de\\s+)?";
    private static final String CHECK_NOW = "(?:reviso|verifico|chequeo|controlo|consulto|averiguo|compruebo|"
            + "analizo|investigo|valido|busco|pruebo|me fijo)";
    private static final String CHECK_INFINITIVE = "(?:ver|verlo|verla|revisar|verificar|chequear|controlar|"
            + "consultar|mirar|analizar|investigar|averiguar|comprobar|fijarme|buscar|probar|validar|corroborar)"
            + "(?:lo|la|los|las|te|le)?";

    /** The ways an agent says it will make the customer wait while it works. */
    private static final List<TextPattern> HOLD_NOTICES = List.of(
            // aguardame, aguardeme, aguardenme, esperame, espereme, aguardanos, bancame, bancanos
            TextPattern.compile("\\b(?:aguard|esper|aguant)(?:a|e|en)(?:me|nos)\\b|\\bbanca(?:me|nos)\\b"),
            // aguarda / aguarde / espera / espere / aguardes... used as a request (not "la espera", "tu espera")
            TextPattern.compile("(?<!\\b(?:la|su|tu|esta|de|por|en|mas|larga|poca|sin|una|mucha) )"
                    + "\\b(?:aguard|esper)(?:a|e|en|as|es)\\b"
                    + "(?=\\s*(?:un|unos|una|dos|\\d|por favor|en linea|mientras|que|solo|ahi|nomas|,|\\.|!|\\?|$))"),
            TextPattern.compile("\\b(?:banca|aguanta|aguante)\\s+(?:un|unos|ahi|nomas|que)\\b"),
            // "podes aguardar", "te molesta esperar", "le pido aguardar", "aguardar un momento"
            TextPattern.compile("\\b(?:pod(?:es|rias|e|ria|en|rian|eis)|molesta(?:ria)?|pido|pedirte|pedirle)\\b"
                    + "[^.?!]{0,20}\\b(?:aguardar|esperar)(?:me|nos)?\\b"
                    + "(?![^.?!]{0,25}\\b(?:horas|hs|dias|semanas|propag\\w*|a\\s+que|que\\s+(?:se|te|le)))"),
            TextPattern.compile("\\b(?:aguardar|esperar)(?:me|nos)?\\s+" + HOW_MUCH + TIME + "\\b"),
            // "dame unos minutos", "me das un ratito?", "te pido un momento", "necesito unos minutos mas"
            TextPattern.compile("\\b(?:dame|deme|denme|danos|regalame|regaleme|concedeme|permitime|permitame|"
                    + "me (?:das|da|dan|darias|daria|regalas|regala|concedes|concede|permitis|permite)|"
                    + "te pido|le pido|les pido|te voy a pedir|le voy a pedir|necesito|preciso)\\s+"
                    + HOW_MUCH + "(?:" + TIME_WORDS + "|paciencia)\\b"),
            // "Perfecto, un momento por favor", "ya lo chequeo, un segundito", "un minuto mas"
            TextPattern.compile(
                    "(?:^|[.,;:!?¿¡]\\s*|\\b(?:ya|ahi|ahora|perfecto|ok|bien|dale|listo|genial|bueno|gracias|"
                            + "claro|muy bien|excelente)\\s+)(?:un|una|unos|dos|un par de)\\s+(?:momento|momentito|"
                            + "segundo|segundito|segunditos|minuto|minutito|minutitos|minutos|instante|instantito|ratito|"
                            + "toque|cachito)\\b(?!\\s*(?:despues|antes|atras|tarde))"),
            TextPattern.compile("\\b(?:momentito|segundito|minutito|instantito)\\b"),
            TextPattern.compile("\\b(?:un|unos|una)\\s+(?:momento|segundo|minuto|minutos|instante|ratito)\\s+"
                    + "(?:mas\\s+)?(?:por favor|porfa)"),
            // staying on line: "me mantengo en linea", "aguarde en linea", "no te vayas", "te dejo un momento"
            TextPattern.compile("\\b(?:me mantengo|sigo|continuo|quedo|permanezco|estoy|seguimos|nos mantenemos)"
                    + "\\s+(?:en linea|conectad[oa]|en el chat|aca con vos|aca con usted)\\b"),
            TextPattern.compile(
                    "\\b(?:permanezca|quedate|quedese|segui|siga|mantenete|mantengase)\\s+en\\s+(?:linea|el chat)\\b"),
            TextPattern.compile("\\bno\\s+(?:te|se)\\s+(?:vayas|vaya|desconectes|desconecte|retires|retire)\\b"),
            TextPattern.compile("\\bno\\s+(?:cierres|cierre)\\s+(?:el|la|esta)\\s+(?:chat|ventana|conversacion)\\b"),
            TextPattern.compile("\\b(?:te|lo|la|los|le)\\s+dejo\\s+(?:un|unos)\\s+" + TIME + "\\b"),
            TextPattern.compile("\\b(?:te|lo|la|le)\\s+(?:dejo|pongo|coloco)\\s+en\\s+espera\\b"),
            TextPattern.compile("\\b(?:ya|ahora|enseguida)\\s+(?:vuelvo|regreso|estoy con vos|estoy con usted)\\b"
                    + "|\\bvuelvo\\s+(?:enseguida|en un|ya)\\b"),
            // announcing the work: "dejame revisar", "ya lo chequeo", "lo consulto con el area tecnica y te aviso"
            TextPattern.compile("\\b(?:dejame|dejeme|deja que|deje que|permitime|permitame|permiteme)\\s+"
                    + "(?:(?:lo|la|los|las|le|me)\\s+)?(?:" + CHECK_INFINITIVE + "|revise|chequee|verifique|"
                    + "consulte|vea|fije|mire|pruebe|averigue|controle)\\b"),
            TextPattern.compile(
                    "\\b(?:ya|enseguida|en seguida|en breve|en un (?:momento|minuto|segundo|ratito|instante)|"
                            + "en unos (?:minutos|segundos|momentos)|apenas (?:tenga|sepa))\\s+(?:te|le|les)\\s+"
                            + "(?:(?:lo|la)\\s+)?(?:confirmo|aviso|digo|comento|respondo|escribo|paso|cuento|informo|doy)\\b"),
            TextPattern.compile("\\b(?:consulto|pregunto)\\s+(?:con|al|a la|a los|a mi|a un)\\b"));

    /**
     * The agent saying what it is about to do or is doing ("lo reviso", "voy a revisar los registros", "sigo
     * revisando"). A wait follows only when said as a statement: "¿lo reviso?" offers, and "pasame la clave
     * asi lo reviso" or "si queres lo reviso" put the work after something else.
     */
    private static final List<TextPattern> WORK_ANNOUNCEMENTS = List.of(
            TextPattern.compile("\\b(?:(?:te|se|le)\\s+)?(?:(?:lo|la|los|las)\\s+)?" + CHECK_NOW + "\\b"),
            TextPattern.compile("\\b(?:voy a|vamos a|paso a|procedo a|me pongo a)\\s+" + CHECK_INFINITIVE + "\\b"),
            TextPattern.compile("\\b(?:sigo|seguimos|continuo|continuamos|estoy|estamos)\\s+"
                    + "(?:revisando|verificando|chequeando|controlando|mirando|consultando|investigando|analizando|"
                    + "trabajando|buscando|probando|averiguando|corrigiendo|configurando|gestionando|"
                    + "con (?:tu|su|el|la) (?:caso|consulta|tema|problema|pedido))\\b(?!\\s+que)"),
            TextPattern.compile(
                    "\\b(?:sigo|seguimos|continuo|continuamos)\\s+(?:con\\s+(?:esto|eso|lo tuyo|lo suyo|tu caso|su caso|"
                            + "el tema|tu tema|la revision|la verificacion|el chequeo))\\b"));

    /** Words that make the work depend on something else or serve a purpose: "asi lo reviso", "para que". */
    private static final TextPattern SUBORDINATED = TextPattern.compile(
            "\\b(?:asi|para|para que|que|si|cuando|apenas|en cuanto|una vez que|despues de que)\\s+(?:(?:te|se|le|me)\\s+)?"
                    + "(?:(?:lo|la|los|las)\\s+)?$");

    /** "no hace falta que esperes": a wait ruled out, not announced. */
    private static final TextPattern NO_NEED = TextPattern.compile(
            "\\bno\\s+(?:hace falta|es necesario|necesitas|necesita|tenes que|tiene que|hay que|hay necesidad)\\b");

    private static final TextPattern AGENT_JOINED = TextPattern.compile(
            "\\bse\\s+(?:unio|ha\\s+unido|sumo|incorporo)\\s+(?:a\\s+la\\s+conversacion|al\\s+chat)\\b");

    private final List<Wait> waits;
    private final List<AnalyzedMessage> holdNotices;
    private final List<Hold> holds;

    private HoldTimeline(List<Wait> waits, List<AnalyzedMessage> holdNotices, List<Hold> holds) {
        this.waits = List.copyOf(waits);
        this.holdNotices = List.copyOf(holdNotices);
        this.holds = List.copyOf(holds);
    }

    /** The chat's timeline, built once per chat and shared by both hold criteria. */
    static HoldTimeline of(AnalyzedChat chat) {
        return chat.fact(HoldTimeline.class, HoldTimeline::build);
    }

    private static HoldTimeline build(AnalyzedChat chat) {
        List<Wait> waits = new ArrayList<>();
        List<AnalyzedMessage> notices = new ArrayList<>();
        List<Hold> holds = new ArrayList<>();
        boolean agentWrote = false;
        AnalyzedMessage waitFrom = null;
        WaitStart waitStart = null;
        AnalyzedMessage holdStart = null;
        List<AnalyzedMessage> renewals = new ArrayList<>();
        for (AnalyzedMessage message : chat.messages()) {
            if (message.isCustomer()) {
                if (waitFrom == null) {
                    waitFrom = message;
                    waitStart = WaitStart.CUSTOMER_MESSAGE;
                }
                continue;
            }
            if (!message.isAgent()) {
                if (!agentWrote && waitFrom != null && agentJoined(message)) {
                    waitFrom = message; // the queue before the agent joined is not the agent's wait
                    waitStart = WaitStart.AGENT_JOINED;
                }
                continue;
            }
            if (waitFrom != null) {
                waits.add(wait(waitFrom, message, waitStart, true));
            }
            boolean notice = holdNotice(message.text()).isPresent();
            if (notice) {
                notices.add(message);
            }
            if (holdStart == null) {
                if (notice) {
                    holdStart = message;
                    renewals = new ArrayList<>();
                }
            } else if (notice) {
                renewals.add(message);
            } else {
                holds.add(new Hold(holdStart, message, renewals));
                holdStart = null;
            }
            agentWrote = true;
            waitFrom = notice ? message : null;
            waitStart = notice ? WaitStart.HOLD_NOTICE : null;
        }
        List<AnalyzedMessage> messages = chat.messages();
        AnalyzedMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (waitFrom != null && last != waitFrom) {
            waits.add(wait(waitFrom, last, waitStart, false));
        }
        if (holdStart != null) {
            holds.add(
                    new Hold(holdStart, renewals.isEmpty() ? holdStart : renewals.get(renewals.size() - 1), renewals));
        }
        return new HoldTimeline(waits, notices, holds);
    }

    private static Wait wait(AnalyzedMessage from, AnalyzedMessage until, WaitStart start, boolean answered) {
        return new Wait(from, until, Duration.between(from.at(), until.at()).toSeconds(), start, answered);
    }

    /** The panel's notice that the agent took the chat: "Lucia se unio a la conversacion", "... se unio al chat". */
    private static boolean agentJoined(AnalyzedMessage message) {
        return AGENT_JOINED.foundIn(message.text().text());
    }

    /** Evidence of a hold notice in this text, if the agent announces a wait in it. */
    static Optional<NormalizedText.TextMatch> holdNotice(NormalizedText text) {
        return text.fact(HoldTimeline.class, HoldTimeline::findHoldNotice);
    }

    private static Optional<NormalizedText.TextMatch> findHoldNotice(NormalizedText text) {
        for (TextPattern pattern : HOLD_NOTICES) {
            for (NormalizedText.TextMatch match : text.findAll(pattern)) {
                if (!ruledOut(text.text(), match.start())) {
                    return Optional.of(match);
                }
            }
        }
        List<TextPattern> possible = Sentences.cuesPossibleIn(text, WORK_ANNOUNCEMENTS);
        if (possible.isEmpty()) {
            return Optional.empty();
        }
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (sentence.question()) {
                continue;
            }
            for (TextPattern pattern : possible) {
                var matcher = pattern.matcher(sentence.text());
                while (matcher.find()) {
                    String before = sentence.text().substring(0, matcher.start());
                    if (!SUBORDINATED.foundIn(before) && !NO_NEED.foundIn(before)) {
                        return Optional.of(
                                text.match(sentence.start() + matcher.start(), sentence.start() + matcher.end()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A "no hace falta que..." earlier in the same sentence turns the cue into its opposite. */
    private static boolean ruledOut(String text, int at) {
        int sentenceStart = Math.max(
                        Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('?', at - 1)),
                        text.lastIndexOf('!', at - 1))
                + 1;
        return NO_NEED.foundIn(text.substring(sentenceStart, at));
    }

    static Evidence evidenceOfNotice(AnalyzedMessage message) {
        return holdNotice(message.text())
                .map(match -> new Evidence(message.index(), match.quote()))
                .orElseGet(message::evidence);
    }

    List<Wait> waits() {
        return waits;
    }

    List<AnalyzedMessage> holdNotices() {
        return holdNotices;
    }

    List<Hold> holds() {
        return holds;
    }

    Optional<Wait> longestWait() {
        return waits.stream().max(Comparator.comparingLong(Wait::seconds));
    }

    static String duration(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0
                ? String.format(Locale.ROOT, "%d min", minutes)
                : String.format(Locale.ROOT, "%d min %d s", minutes, rest);
    }
}
