package com.towebs.chatqa.benchmarks;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic 20-message support chats in rioplatense Spanish, generated from a seed so every run grades the
 * same text. Agents mostly paste canned phrases (greeting, hold notice, closing) around topic-specific
 * explanations, as they do in the panel; some write carelessly (no accents, "q", "x") and some make typos.
 * Customers write freely: greetings, stretched letters, missing accents, their own domain and name.
 */
public final class SampleChats {

    /** The seed the benchmarks use. */
    public static final long SEED = 20261103L;

    public static final int MESSAGES_PER_CHAT = 20;

    private static final Instant START = Instant.parse("2026-10-05T12:00:00Z");

    private static final String[] CUSTOMER_NAMES = {
        "Pedro",
        "Rosa",
        "Valentina",
        "Martín",
        "Sofía",
        "Jorge",
        "Carolina",
        "Lucas",
        "Mariela",
        "Gustavo",
        "Florencia",
        "Diego",
        "Paula",
        "Hernán",
        "Natalia",
        "Facundo"
    };
    private static final String[] AGENTS = {"Lucía", "Carla", "Martín", "Julieta", "Nicolás", "Agustina"};
    private static final String[] AREAS = {"hosting", "correo", "dominios", "soporte técnico"};
    private static final String[] BUSINESSES = {
        "estudio",
        "panaderia",
        "ferreteria",
        "consultora",
        "dental",
        "inmobiliaria",
        "taller",
        "libreria",
        "veterinaria",
        "kiosco"
    };
    private static final String[] SURNAMES = {"rios", "gomez", "fernandez", "olmos", "sosa", "paz", "molina", "acosta"};

    private static final String[] CUSTOMER_GREETINGS = {
        "hola buenas tardes", "hola!!", "buen dia", "holaa, buenas", "Hola, buenas noches", "hola como va", "buenas"
    };
    private static final String[] CUSTOMER_ACKS = {
        "ok", "dale", "dale gracias", "ok espero", "bueno", "si dale", "perfecto", "ok, aca estoy"
    };
    private static final String[] CUSTOMER_TRYING = {
        "ahi pruebo", "a ver, dame un segundo", "ok lo intento", "ahi me fijo", "voy a probar"
    };
    private static final String[] CUSTOMER_RESULTS = {
        "siii ya anda!!",
        "ahora si funciona",
        "listo, anduvo",
        "sigue igual creo... ah no, ahora si",
        "perfecto, ya esta"
    };
    private static final String[] CUSTOMER_THANKS = {
        "genial, mil gracias!!",
        "muchas gracias por la ayuda",
        "buenisimo, gracias",
        "gracias, sos una genia",
        "joya, gracias"
    };
    private static final String[] CUSTOMER_BYES = {
        "no, eso es todo. gracias!",
        "nada mas, saludos",
        "no, todo ok",
        "por ahora no, gracias",
        "no, gracias! buen finde"
    };

    private static final String[] HOLD_NOTICES = {
        "Dale, aguardame un par de minutos que lo reviso y te cuento.",
        "Perfecto, dame un minutito que me fijo en el servidor.",
        "Te pido unos minutos mientras reviso la configuración de tu cuenta.",
        "Gracias por la info. Aguardame un momento que lo verifico."
    };
    private static final String[] FOLLOW_UPS = {
        "Sigo con esto, ya encontré algo en el registro. Dame un minuto más así lo confirmo.",
        "Perdón la demora, sigo revisando. Ya casi lo tengo.",
        "Sigo acá, estoy terminando de revisar los registros."
    };
    private static final String[] FURTHER_HELP = {
        "¿Hay algo más en lo que te pueda ayudar?",
        "¿Necesitás ayuda con alguna otra cosa?",
        "¿Te puedo ayudar con algo más?"
    };
    private static final String[] CLOSINGS = {
        "Gracias a vos, %s. ¡Que tengas buen día!",
        "Un gusto ayudarte, %s. Cualquier cosa escribinos. ¡Saludos!",
        "Perfecto, %s. Que andes muy bien, chau."
    };

    /** What a chat is about: how the customer says it and what the agent answers. */
    private record Topic(
            String[] problems,
            String paraphrase,
            String diagnosis,
            String[] answers,
            String explanation,
            String[] customerQuestions,
            String instructions) {}

    private static final Topic[] TOPICS = {
        new Topic(
                new String[] {
                    "no me llegan los mails desde ayer",
                    "no estoy recibiendo correos en info@%s",
                    "me rebotan todos los mails q me mandan"
                },
                "desde ayer no te entran los correos a tu casilla de %s",
                "¿Te aparece algún mensaje de error cuando te escriben, o simplemente no llegan?",
                new String[] {"les rebota un mensaje que dice casilla llena", "no llegan y ya", "ni idea, no me dijeron"
                },
                "Encontré la causa: tu casilla llegó al límite de 1 GB, y cuando se llena los correos nuevos rebotan. "
                        + "Te agrandé el espacio a 2 GB sin costo y ya te quedó la mitad libre.",
                new String[] {"y como hago para q no me pase de nuevo?", "tengo q borrar algo?"},
                "Te recomiendo borrar desde el webmail los mails viejos con adjuntos pesados y vaciar la papelera. "
                        + "Si querés, mandate un correo de prueba desde el celular y fijate si te llega."),
        new Topic(
                new String[] {
                    "la pagina tira error 500",
                    "mi sitio %s no carga, sale un error",
                    "se cayo la web desde esta mañana"
                },
                "tu sitio %s muestra un error 500 y no carga",
                "¿Hiciste algún cambio reciente, como actualizar plugins o el tema de WordPress?",
                new String[] {"actualice unos plugins anoche creo", "no toque nada", "mi sobrino instalo algo"},
                "Listo, encontré la causa: un plugin que se actualizó anoche necesita una versión de PHP más nueva "
                        + "que la de tu cuenta, y eso generaba el error. Subí la versión de PHP a 8.2 desde el cPanel "
                        + "y el sitio ya carga bien.",
                new String[] {"y se puede romper otra cosa con eso?", "tengo q hacer algo yo?"},
                "No hace falta que hagas nada. Antes de cambiarlo verifiqué que el resto de los plugins sean "
                        + "compatibles, y además te dejé un backup completo por las dudas."),
        new Topic(
                new String[] {
                    "me sale que el sitio no es seguro",
                    "el candadito del navegador desaparecio",
                    "chrome dice q la conexion no es privada en %s"
                },
                "el navegador marca tu sitio %s como no seguro",
                "¿Cambiaste hace poco los DNS del dominio o lo apuntaste a otro servidor?",
                new String[] {"si, cambie los dns la semana pasada", "no se que es eso", "no que yo sepa"},
                "El certificado SSL venció porque los DNS apuntaban a otro lado y AutoSSL no lo pudo renovar. "
                        + "Ya lo renové con Let's Encrypt y ahora el candado aparece de nuevo.",
                new String[] {"se va a renovar solo despues?", "cuanto dura el certificado?"},
                "Sí, se renueva solo cada tres meses mientras el dominio apunte a nuestros servidores. "
                        + "Borrá la caché del navegador o probá en una ventana de incógnito para verlo."),
        new Topic(
                new String[] {
                    "no puedo entrar por ftp", "el filezilla no conecta", "no me deja subir archivos al hosting"
                },
                "no podés conectarte por FTP para subir archivos a %s",
                "¿Qué servidor, usuario y puerto estás usando en el programa?",
                new String[] {
                    "ftp.%s, puerto 21 y mi usuario de siempre", "el mismo de siempre", "no se, lo configuro otro"
                },
                "Desde la semana pasada desactivamos el FTP sin cifrar en el puerto 21 por seguridad. "
                        + "Tenés que usar SFTP en el puerto 22, o FTP con cifrado TLS explícito.",
                new String[] {"y donde cambio eso?", "es complicado?"},
                "En FileZilla andá a Archivo, Gestor de sitios, y en Protocolo elegí SFTP. "
                        + "Poné el mismo usuario y contraseña del cPanel y conectá de nuevo."),
        new Topic(
                new String[] {
                    "me cobraron dos veces el plan",
                    "tengo dos debitos iguales en la tarjeta",
                    "aparece el pago duplicado"
                },
                "se debitó dos veces el plan anual en tu tarjeta",
                "¿Me pasás la fecha y el monto de los dos débitos que ves en el resumen?",
                new String[] {"el 3 de este mes, los dos iguales", "ayer, el mismo monto", "ni idea el monto, el 2 creo"
                },
                "Tenés razón: hubo un error en el procesamiento del pago y se cobró dos veces. "
                        + "Ya generé el ticket de reintegro con el área de facturación, que lo resuelve en 48 horas hábiles.",
                new String[] {"me avisan cuando este?", "como me entero del reintegro?"},
                "Sí, te llega un correo apenas se procese. Además podés seguir el ticket desde el área de clientes."),
    };

    private SampleChats() {}

    /** {@code count} chats of {@value #MESSAGES_PER_CHAT} messages, always the same for the same seed. */
    public static List<Chat> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Chat> chats = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chats.add(chat(i, random));
        }
        return chats;
    }

    /** The agents' messages of {@code chats}: what the spelling checker reads. */
    public static List<String> agentTexts(List<Chat> chats) {
        return chats.stream()
                .flatMap(chat -> chat.messages().stream())
                .filter(message -> message.from() == Speaker.AGENT)
                .map(Message::text)
                .toList();
    }

    private static Chat chat(int number, Random random) {
        Topic topic = pick(random, TOPICS);
        String customer = pick(random, CUSTOMER_NAMES);
        String agent = pick(random, AGENTS);
        String domain = pick(random, BUSINESSES)
                + pick(random, SURNAMES)
                + (random.nextInt(4) == 0 ? random.nextInt(100) : "")
                + (random.nextBoolean() ? ".com.ar" : ".com");
        Style style = Style.pick(random);
        Conversation c = new Conversation(random, style, START.plusSeconds(number * 3_600L));

        c.system("Bienvenido a ToWebs, ¿en qué podemos ayudarte?");
        c.customer(pick(random, CUSTOMER_GREETINGS));
        c.customer(String.format(pick(random, topic.problems()), domain));
        c.agent(String.format(
                "¡Hola, %s! Soy %s, del área de %s. Entonces, %s, ¿es así?",
                customer, agent, pick(random, AREAS), String.format(topic.paraphrase(), domain)));
        c.customer("si, eso. el dominio es " + domain);
        c.agent(topic.diagnosis());
        c.customer(String.format(pick(random, topic.answers()), domain));
        c.agent(pick(random, HOLD_NOTICES));
        c.customer(pick(random, CUSTOMER_ACKS));
        c.after(60 + random.nextInt(60)).agent(pick(random, FOLLOW_UPS));
        c.after(40 + random.nextInt(80)).agent(topic.explanation());
        c.customer(pick(random, topic.customerQuestions()));
        c.agent(topic.instructions());
        c.customer(pick(random, CUSTOMER_TRYING));
        c.after(60 + random.nextInt(90)).customer(pick(random, CUSTOMER_RESULTS));
        c.agent("Buenísimo, me alegro de que ya esté funcionando. Perdón por las molestias.");
        c.customer(pick(random, CUSTOMER_THANKS));
        c.agent(pick(random, FURTHER_HELP));
        c.customer(pick(random, CUSTOMER_BYES));
        c.agent(String.format(pick(random, CLOSINGS), customer));

        ChatStatus status = random.nextInt(10) == 0 ? ChatStatus.OPEN : ChatStatus.CLOSED;
        return new Chat(
                "bench-" + number,
                "benchmark",
                status,
                new Participant(withoutAccents(agent).toLowerCase(Locale.ROOT) + ".agent", agent, "hosting"),
                new Participant("c-" + (10_000 + number), customer, null),
                c.messages);
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** How an agent writes: most paste and write carefully, some are sloppy, some slip a typo now and then. */
    private enum Style {
        CAREFUL,
        SLOPPY,
        TYPO_PRONE;

        static Style pick(Random random) {
            int roll = random.nextInt(10);
            return roll < 7 ? CAREFUL : roll < 9 ? SLOPPY : TYPO_PRONE;
        }

        String apply(String text, Random random) {
            return switch (this) {
                case CAREFUL -> text;
                case SLOPPY -> sloppy(text);
                case TYPO_PRONE -> random.nextInt(3) == 0 ? withTypo(text, random) : text;
            };
        }

        private static String sloppy(String text) {
            String plain =
                    withoutAccents(text).replace("¿", "").replace("¡", "").toLowerCase(Locale.ROOT);
            return plain.replace(" que ", " q ")
                    .replace(" por ", " x ")
                    .replace(" porque ", " xq ")
                    .replace(" también ", " tmb ");
        }

        /** Two neighbouring letters of one longer word swapped: "problema" becomes "porblema". */
        private static String withTypo(String text, Random random) {
            String[] words = text.split(" ");
            for (int attempt = 0; attempt < 5; attempt++) {
                int w = random.nextInt(words.length);
                String word = words[w];
                if (word.length() >= 6 && word.chars().allMatch(Character::isLetter)) {
                    int i = 1 + random.nextInt(word.length() - 3);
                    words[w] = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                    return String.join(" ", words);
                }
            }
            return text;
        }
    }

    /** Appends messages with realistic gaps: a few seconds to a minute, longer where the caller says. */
    private static final class Conversation {
        private final Random random;
        private final Style style;
        private final List<Message> messages = new ArrayList<>(MESSAGES_PER_CHAT);
        private Instant clock;
        private Integer nextGap;

        Conversation(Random random, Style style, Instant start) {
            this.random = random;
            this.style = style;
            this.clock = start;
        }

        Conversation after(int seconds) {
            nextGap = seconds;
            return this;
        }

        void system(String text) {
            add(Speaker.SYSTEM, text);
        }

        void customer(String text) {
            add(Speaker.CUSTOMER, text);
        }

        void agent(String text) {
            add(Speaker.AGENT, style.apply(text, random));
        }

        private void add(Speaker from, String text) {
            int gap = nextGap != null ? nextGap : 8 + random.nextInt(50);
            nextGap = null;
            clock = clock.plusSeconds(gap);
            messages.add(new Message(clock, from, text));
        }
    }
}
