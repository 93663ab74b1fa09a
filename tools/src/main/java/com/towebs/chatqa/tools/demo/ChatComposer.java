package com.towebs.chatqa.tools.demo;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one demo chat from its {@link Scenario}, step by step as the ToWebs contact structure has it: the
 * panel's welcome, the customer's problem, the agent's opening (greeting, paraphrase, diagnostic question),
 * the hold while the agent works, the explanation or the ticket, and the offer of further help. At each step
 * the agent's {@link AgentStyle} decides whether it does what the rubric asks, and the customer's
 * {@link CustomerKind} how it writes. A live chat stops part-way.
 */
final class ChatComposer {

    static final String WELCOME = "Bienvenido a ToWebs, ¿en qué podemos ayudarte?";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Scenario scenario;
    private final Dice dice;
    private final AgentStyle style;
    private final Map<String, String> words = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final boolean sloppy;
    private final int problemVariant;
    private final int questionVariant;
    private final int fixVariant;
    private Instant clock;

    private ChatComposer(Scenario scenario, Dice dice) {
        this.scenario = scenario;
        this.dice = dice;
        this.style = scenario.agent().style();
        this.sloppy = dice.chance(style.slips());
        this.problemVariant = dice.between(0, 99);
        this.questionVariant = dice.between(0, 99);
        this.fixVariant = dice.between(0, 99);
        this.clock = scenario.start().toInstant();
        DemoCustomer customer = scenario.customer();
        words.put("name", customer.firstName());
        words.put("agent", scenario.agent().firstName());
        words.put("domain", customer.domain());
        words.put("email", customer.email());
        words.put("user", customer.panelUser());
        words.put("n", Integer.toString(dice.between(8, 25)));
        words.put("price", "$" + dice.between(12, 48) + "." + dice.between(100, 999));
        words.put(
                "date",
                scenario.start()
                        .minusDays(dice.between(2, 9))
                        .toLocalDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d/M")));
        int ticket = dice.between(480000, 499999);
        words.put("ticket", Integer.toString(ticket));
        words.put("percent", Integer.toString(91 + ticket % 9));
        words.put("daypart", scenario.start().getHour() < 12 ? "buen día" : "buenas tardes");
    }

    static Chat compose(Scenario scenario, Dice dice) {
        ChatComposer composer = new ChatComposer(scenario, dice);
        boolean finished = composer.write();
        DemoAgent agent = scenario.agent();
        DemoCustomer customer = scenario.customer();
        return new Chat(
                scenario.chatId(),
                "demo",
                finished ? ChatStatus.CLOSED : ChatStatus.OPEN,
                new Participant(agent.id(), agent.name(), agent.team().id()),
                new Participant(customer.id(), customer.fullName(), null),
                composer.messages);
    }

    /** @return whether the chat got to its end (false: it is live, cut where it stands now) */
    private boolean write() {
        CustomerKind kind = scenario.kind();
        Topic topic = scenario.topic();
        boolean showcase = scenario.showcase() != Scenario.Showcase.NONE;
        boolean welcomed = showcase || dice.chance(0.7);
        int liveStop = scenario.live() ? dice.between(1, 3) : Integer.MAX_VALUE;
        boolean snaps = !showcase && dice.chance(style.snaps());

        if (welcomed) {
            system(WELCOME, 0);
        } else {
            system(
                    dice.pick(
                            "El chat fue transferido desde el área de Ventas.",
                            "Chat iniciado desde el área de clientes."),
                    0);
        }
        customer(opening(kind, topic), dice.between(12, 40));
        if (kind == CustomerKind.TALKATIVE) {
            customer(fill(dice.pick(TALKATIVE_STORIES)), dice.between(25, 50));
        } else if (kind == CustomerKind.KNOWLEDGEABLE) {
            customer(fill(variant(topic.expertDetail(), dice.between(0, 99))), dice.between(20, 45));
        } else if (kind == CustomerKind.ANGRY && dice.chance(0.5)) {
            customer(
                    dice.pick("hola??", "HOLA, ALGUIEN ME ATIENDE?", "estoy esperando hace rato"),
                    dice.between(40, 80));
        }

        // The agent's opening: greeting, apology to an upset customer, paraphrase and a question.
        List<String> opening = new ArrayList<>();
        if (dice.chance(style.greets())) {
            opening.add(fill(dice.pick(GREETINGS)));
        }
        boolean upset = kind == CustomerKind.ANGRY || kind == CustomerKind.RUDE;
        boolean apologised = upset && dice.chance(style.apologises());
        if (apologised) {
            opening.add(dice.pick(APOLOGIES));
        }
        if (dice.chance(style.paraphrases())) {
            opening.add(fill(variant(topic.paraphrase(), dice.between(0, 99))));
        }
        boolean asks = dice.chance(style.diagnoses());
        String question = asks
                ? fill(variant(topic.question(), questionVariant))
                : dice.chance(0.5)
                        ? dice.pick("¿Cuál es el dominio?", "Pasame el dominio.", "¿Me decís el dominio?")
                        : null;
        if (question != null) {
            opening.add(question);
        }
        if (opening.isEmpty()) {
            opening.add(dice.pick("A ver, ya lo reviso.", "Ok.", "Ahí me fijo."));
        }
        int queue = dice.between(25, 150);
        if (opening.size() > 2 && dice.chance(0.5)) {
            agent(opening.get(0), queue);
            agent(String.join(" ", opening.subList(1, opening.size())), dice.between(15, 40));
        } else {
            agent(String.join(" ", opening), queue);
        }
        if (--liveStop == 0) {
            return false;
        }

        if (question != null) {
            String answer = asks
                    ? fill(variant(topic.answer(), questionVariant))
                    : scenario.customer().domain();
            if (kind == CustomerKind.RUDE && dice.chance(0.6)) {
                answer = answer
                        + dice.pick(
                                ". y no me hagas perder el tiempo con preguntas al pedo",
                                ". muevanse que estoy perdiendo plata",
                                ", pasame con alguien que sepa");
            }
            customer(answer, dice.between(30, 70));
        }
        if (snaps && dice.chance(0.5)) {
            agent(rudeReply(kind), dice.between(20, 60));
            customer(
                    dice.pick(
                            "¿perdón? qué mala onda",
                            "increíble la atención que tienen",
                            "bueno, no hace falta que me hables así"),
                    dice.between(20, 50));
            snaps = false;
        }

        // The hold: announced or not, kept short or with news, or a long silence.
        boolean announced = dice.chance(style.announcesHold());
        boolean inTouch = dice.chance(style.keepsInTouch());
        // Waits count from the agent's hold notice: the customer's "dale" or "hola?" does not restart them.
        int acknowledged = 0;
        if (announced) {
            agent(fill(dice.pick(HOLD_NOTICES).replace("{check}", dice.pick(topic.check()))), dice.between(15, 45));
            if (dice.chance(0.6)) {
                acknowledged = dice.between(8, 25);
                customer(dice.pick("dale", "ok, espero", "perfecto, gracias", "dale, gracias"), acknowledged);
            }
        }
        if (--liveStop == 0) {
            return false;
        }
        int resumeAfter;
        if (inTouch) {
            if (!announced || dice.chance(0.6)) {
                resumeAfter = (announced ? dice.between(50, 140) : dice.between(30, 85)) - acknowledged;
            } else {
                int updates = dice.between(1, 2);
                for (int i = 0; i < updates; i++) {
                    agent(dice.pick(HOLD_UPDATES), dice.between(85, 135) - (i == 0 ? acknowledged : 0));
                }
                resumeAfter = dice.between(60, 130);
            }
            if (kind == CustomerKind.TALKATIVE && dice.chance(0.5)) {
                int aside = resumeAfter / 2;
                customer(fill(dice.pick(TALKATIVE_ASIDES)), aside);
                resumeAfter -= aside;
            }
        } else {
            int silence = dice.between(170, 480);
            int nudge = dice.between(90, 140);
            customer(
                    kind == CustomerKind.ANGRY || kind == CustomerKind.RUDE
                            ? dice.pick("¿me van a contestar o no?", "HOLA???", "sigo esperando...")
                            : dice.pick("hola?", "¿seguís ahí?", "hola, sigo esperando"),
                    nudge - acknowledged);
            resumeAfter = silence - nudge;
        }
        if (--liveStop == 0) {
            return false;
        }

        // The outcome: solved with (or without) an explanation, or escalated to a ticket.
        // An agent who left the customer waiting in silence is usually rushing: it explains and offers less.
        double rush = inTouch ? 1 : 0.6;
        boolean explains = dice.chance(style.explains() * rush);
        boolean escalates = scenario.showcase() == Scenario.Showcase.CREDENTIALS || dice.chance(topic.escalates());
        boolean jargon = false;
        String lead = inTouch
                ? ""
                : dice.chance(style.apologises()) ? dice.pick("Perdón por la demora. ", "Disculpá la espera. ") : "";
        if (!escalates) {
            String explanation;
            if (!explains) {
                explanation = dice.pick("Listo, ya está.", "Ya quedó, probá ahora.", "Listo, ahí lo arreglé.");
            } else if (kind == CustomerKind.INEXPERIENCED) {
                jargon = !dice.chance(style.speaksPlainly());
                explanation = fill(variant(jargon ? topic.jargonFix() : topic.plainFix(), fixVariant));
            } else {
                jargon = style.speaksPlainly() < 0.5 && dice.chance(0.5);
                explanation = (dice.chance(0.5) ? fill("Listo, {name}. ") : "")
                        + fill(variant(jargon ? topic.jargonFix() : topic.fix(), fixVariant));
            }
            agent(lead + explanation, resumeAfter);
        } else {
            String cause = explains ? fill(variant(topic.cause(), fixVariant)) + " " : "";
            if (scenario.showcase() == Scenario.Showcase.CREDENTIALS) {
                agent(
                        lead + cause
                                + "Para generar el ticket desde tu panel necesito que me pases tu usuario y contraseña del cPanel, por favor.",
                        resumeAfter);
                customer(fill(dice.pick(CREDENTIALS)), dice.between(30, 60));
                resumeAfter = dice.between(40, 90);
                lead = "Gracias. ";
                cause = "";
            }
            String ticket = dice.chance(style.givesTicketNumber())
                    ? fill(dice.pick(TICKETS_WITH_NUMBER))
                    : dice.pick(TICKETS_WITHOUT_NUMBER);
            agent(lead + cause + ticket, resumeAfter);
        }

        // The customer's reaction, and a rude reply if the agent has one left.
        if (snaps) {
            customer(
                    dice.pick("¿y entonces tengo que hacer algo yo?", "no entiendo, ¿ya está o no?"),
                    dice.between(30, 70));
            agent(
                    dice.pick(
                            "Ya te lo dije, leé bien lo que te escribí.",
                            "Es obvio, si no tocás nada no se rompe.",
                            "Eso es problema tuyo, nosotros ya hicimos nuestra parte."),
                    dice.between(20, 50));
            customer(
                    dice.pick("gracias por nada", "ok gracias eh, un placer", "impresionante la atención. chau"),
                    dice.between(20, 40));
            return true;
        }
        if (jargon && kind == CustomerKind.INEXPERIENCED) {
            customer(
                    dice.pick(
                            "perdón, no entendí nada de eso. ¿tengo que hacer algo?",
                            "¿qué es eso? no entiendo",
                            "ok... no sé qué es eso pero bueno"),
                    dice.between(30, 80));
        } else if (dice.chance(appreciation(kind, explains || escalates) * (inTouch ? 1 : 0.4))) {
            // a customer left waiting in silence thanks less often
            customer(
                    fill(dice.pick(kind == CustomerKind.ANGRY || kind == CustomerKind.RUDE ? GRUDGING_THANKS : THANKS)),
                    dice.between(25, 70));
        } else {
            customer(dice.pick("ok", "bueno", "ok, quedo atento", "dale"), dice.between(25, 70));
        }

        // Further help and farewell.
        if (dice.chance(style.offersMoreHelp() * rush)) {
            agent(fill(dice.pick(FURTHER_HELP)), dice.between(15, 40));
            customer(
                    dice.pick("no, eso era todo, gracias", "nada más, gracias!", "no, todo bien", "no, con eso estoy"),
                    dice.between(20, 50));
            agent(fill(dice.pick(FAREWELLS)), dice.between(10, 30));
        } else if (dice.chance(0.4)) {
            agent(dice.pick("Saludos.", "Chau."), dice.between(10, 40));
        }
        return true;
    }

    private String opening(CustomerKind kind, Topic topic) {
        if (scenario.showcase() == Scenario.Showcase.MARKUP_PAYLOAD) {
            return fill(
                    "hola, en el formulario de contacto de {domain} me están llegando mensajes con cosas raras, uno dice "
                            + "<script>alert('xss')</script> y otro <img src=x onerror=alert(1)> ¿me hackearon la página?");
        }
        String problem = fill(
                variant(kind == CustomerKind.INEXPERIENCED ? topic.noviceProblem() : topic.problem(), problemVariant));
        String text = switch (kind) {
            case POLITE ->
                fill(dice.pick("Hola, {daypart}. ", "Hola, buenas. ", "Buenas, ¿qué tal? ", ""))
                        + problem
                        + dice.pick("", ". ¿Me podrán ayudar?", ". Gracias!");
            case ANGRY ->
                dice.pick(
                                "Estoy harto, es la tercera vez que les escribo por esto. ",
                                "Esto es una vergüenza. ",
                                "URGENTE. ",
                                "Hace dos días que no me responden el mail. ")
                        + problem
                        + dice.pick(
                                ". Estoy perdiendo ventas.",
                                ". Necesito que lo solucionen YA.",
                                ". Pago todos los meses para esto?");
            case RUDE ->
                dice.pick("Son unos inútiles, ", "Qué servicio de cuarta, ", "No sirven para nada, ")
                        + problem
                        + dice.pick(". Arreglenlo.", ". Quiero hablar con alguien que sepa.", "");
            case TALKATIVE -> "¡Hola! ¿Cómo andan? " + problem;
            case KNOWLEDGEABLE -> dice.pick("Hola. ", "Buenas. ", "") + problem + ".";
            case INEXPERIENCED ->
                dice.pick(
                                "Hola, perdón, no entiendo nada de estas cosas. ",
                                "Hola, buenas, soy medio nueva con esto, tenganme paciencia. ",
                                "Hola. La página me la hizo mi sobrino y no sé nada de computación. ")
                        + problem;
        };
        return casual(capitalised(text));
    }

    /**
     * The phrase of a topic's step: a step with as many variants as the problem has follows the problem's variant
     * (an invoice suspended or duplicated is paraphrased, asked about and solved as such); the others take the
     * variant given, so a question and its answer, or a fix and its jargon, stay together.
     */
    private String variant(List<String> phrases, int variant) {
        int index = phrases.size() == scenario.topic().problem().size() ? problemVariant : variant;
        return phrases.get(index % phrases.size());
    }

    private String rudeReply(CustomerKind kind) {
        if (kind == CustomerKind.ANGRY || kind == CustomerKind.RUDE) {
            return dice.pick("Calmate, así no te puedo ayudar.", "Si me gritás no te voy a atender más rápido.");
        }
        if (kind == CustomerKind.INEXPERIENCED) {
            return "No te puedo hacer un curso por chat, en YouTube hay mil tutoriales.";
        }
        return dice.pick("Si tocaste cosas sin saber, no es nuestra culpa.", "Eso pasa por instalar cualquier cosa.");
    }

    private static double appreciation(CustomerKind kind, boolean helped) {
        double base = switch (kind) {
            case POLITE -> 0.8;
            case TALKATIVE -> 0.9;
            case INEXPERIENCED -> 0.85;
            case KNOWLEDGEABLE -> 0.6;
            case ANGRY -> 0.45;
            case RUDE -> 0.2;
        };
        return helped ? base : base / 3;
    }

    private void system(String text, int afterSeconds) {
        say(Speaker.SYSTEM, text, afterSeconds);
    }

    private void customer(String text, int afterSeconds) {
        say(Speaker.CUSTOMER, text, afterSeconds);
    }

    private void agent(String text, int afterSeconds) {
        say(Speaker.AGENT, sloppy ? sloppy(text) : text, afterSeconds);
    }

    private void say(Speaker speaker, String text, int afterSeconds) {
        clock = clock.plusSeconds(afterSeconds);
        messages.add(new Message(clock, speaker, speaker == Speaker.CUSTOMER ? text : capitalised(text)));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String fill(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = words.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + placeholder.group(1) + "} in: " + template);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** Customers type fast: often no capital, no accents, no opening question mark. */
    private String casual(String text) {
        if (!dice.chance(0.55)) {
            return text;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\u0301\\u0300]", "");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFC)
                .replace("¿", "")
                .replace("¡", "");
        return plain.substring(0, 1).toLowerCase(Locale.ROOT) + plain.substring(1);
    }

    /** A careless agent: chat abbreviations and slips, no accents, no opening marks. */
    private String sloppy(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\u0301\\u0300]", "");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFC)
                .replace("¿", "")
                .replace("¡", "");
        StringBuilder out = new StringBuilder();
        Matcher word = Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(plain);
        while (word.find()) {
            String token = word.group();
            String slip = SLIPS.get(token.toLowerCase(Locale.ROOT));
            out.append(slip != null && dice.chance(0.7) ? slip : token);
        }
        return out.toString();
    }

    private static final Map<String, String> SLIPS = Map.ofEntries(
            Map.entry("que", "q"),
            Map.entry("porque", "xq"),
            Map.entry("por", "x"),
            Map.entry("tambien", "tmb"),
            Map.entry("momento", "momneto"),
            Map.entry("revisando", "revizando"),
            Map.entry("reviso", "revizo"),
            Map.entry("verifico", "berifico"),
            Map.entry("ahora", "ahroa"),
            Map.entry("favor", "fabor"),
            Map.entry("configuracion", "configuarcion"),
            Map.entry("hay", "ahy"),
            Map.entry("necesito", "nesecito"),
            Map.entry("dominio", "domino"),
            Map.entry("problema", "porblema"),
            Map.entry("esta", "sta"),
            Map.entry("para", "pra"),
            Map.entry("todos", "tods"));

    private static final List<String> GREETINGS = List.of(
            "¡Hola {name}! Soy {agent}, de ToWebs.",
            "Hola {name}, {daypart}. Te habla {agent}.",
            "¡Hola {name}, {daypart}! Mi nombre es {agent} y te voy a ayudar con esto.",
            "Hola {name}, ¿cómo estás? Soy {agent}.");

    private static final List<String> APOLOGIES = List.of(
            "Disculpá la demora y las molestias, entiendo tu enojo.",
            "Lamento mucho el inconveniente, lo vemos ya mismo.",
            "Te pido disculpas por la espera; quiero resolverlo lo antes posible.");

    private static final List<String> HOLD_NOTICES = List.of(
            "Aguardame un momento que {check}.",
            "Dame unos minutos mientras {check}, me mantengo en línea.",
            "{name}, te pido que aguardes un momento mientras {check}.",
            "Dejame que {check}, ya te confirmo.");

    private static final List<String> HOLD_UPDATES = List.of(
            "Sigo revisando, dame un minuto más por favor.",
            "Ya casi lo tengo, aguardame un momento más.",
            "Gracias por la espera, sigo con tu caso.");

    private static final List<String> TICKETS_WITH_NUMBER = List.of(
            "Te generé el ticket #{ticket} para que lo revise el área técnica; con ese número podés seguirlo desde el área de clientes "
                    + "y te escribimos a {email} con las novedades.",
            "Ya abrí el ticket número {ticket}, lo vas a ver en tu área de clientes. Apenas tengan novedades te avisan por mail.");

    private static final List<String> TICKETS_WITHOUT_NUMBER = List.of(
            "Ya lo derivé al área técnica con un ticket, te va a llegar el número por mail.",
            "Te cargué un ticket, en unas horas te responden.");

    private static final List<String> CREDENTIALS =
            List.of("mi usuario es {user} y la clave Tw{ticket}!", "usuario: {user} / contraseña: {user}{n}#");

    private static final List<String> THANKS = List.of(
            "¡Gracias {agent}! Me salvaste.",
            "Buenísimo, mil gracias por la ayuda!",
            "Excelente atención, muchas gracias.",
            "ah genial, gracias por explicarme!",
            "Perfecto, muchas gracias {agent}!");

    private static final List<String> GRUDGING_THANKS =
            List.of("bueno, gracias. que no vuelva a pasar", "ok, gracias por resolverlo", "bueno, gracias igual");

    private static final List<String> FURTHER_HELP = List.of(
            "¿Te puedo ayudar en algo más, {name}?",
            "¿Hay algo más en que te pueda ayudar?",
            "¿Tenés alguna otra consulta, {name}?");

    private static final List<String> FAREWELLS = List.of(
            "¡Que tengas un buen día, {name}! Cualquier cosa, estamos acá.",
            "Gracias a vos, {name}. ¡Buena tarde!",
            "Un gusto, {name}. ¡Saludos!");

    private static final List<String> TALKATIVE_STORIES = List.of(
            "Te cuento: la página la armó mi sobrino cuando abrimos el local con mi hermana, y ahora él se fue de vacaciones a Bariloche "
                    + "y no lo puedo ubicar. Imaginate que justo este fin de semana tenemos el cumple de mi vieja y encima esto, jaja.",
            "Mirá, el otro día mi marido tocó algo en la compu, no sé qué, y desde ahí empezó todo. Yo estaba en Mar del Plata con "
                    + "los chicos y me llamó mi hija para contarme. Un día de locos, te imaginás.",
            "Perdón que escriba tanto, te cuento que el negocio lo tenemos hace como 20 años con mi papá, y la web la hizo un amigo "
                    + "de mi hijo que ahora vive en España. Con este calor encima no doy más, jaja.");

    private static final List<String> TALKATIVE_ASIDES = List.of(
            "dale, mientras tanto te cuento que el finde nos vamos a Córdoba con la familia jaja",
            "tranqui, yo estoy tomando unos mates. mi perro no para de ladrar jaja",
            "ok! che qué calor hace hoy, no?");
}
