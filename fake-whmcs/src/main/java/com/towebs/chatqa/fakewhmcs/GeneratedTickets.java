package com.towebs.chatqa.fakewhmcs;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Random;

/**
 * Realistic support tickets for benchmarks and demos, deterministic by seed: hosting, mail and domain problems in
 * rioplatense Spanish, 6 to 20 replies, a few agents across two departments, some customers typing a password.
 */
public final class GeneratedTickets {

    private static final String[] STAFF = {"Lucía Gómez", "Martín Pereyra", "Sofía Ramos", "Diego Funes", "Carla Ibarra"
    };
    private static final String[][] TOPICS = {
        {
            "No me llegan los mails",
            "hola, desde ayer no me llegan los correos a info@",
            "¿Te aparece algún error al enviar o simplemente no llegan?",
            "no llegan, ni error ni nada",
            "Dame un minuto que reviso la casilla, por favor.",
            "Listo: el buzón estaba lleno y por eso rebotaba. Liberé espacio y ya te tendrían que llegar."
        },
        {
            "Se cayó la página",
            "la web me da error 500!!! perdemos ventas",
            "Entiendo la urgencia, ya lo miro. ¿Hiciste algún cambio hoy?",
            "actualicé un plugin de wordpress",
            "Aguardame que reviso el log de errores.",
            "Encontré el problema: el plugin nuevo choca con tu versión de PHP. Lo desactivé y la web ya carga."
        },
        {
            "Renovar dominio",
            "quiero renovar el dominio que vence la semana que viene",
            "¡Claro! ¿Me confirmás cuál es el dominio?",
            "mitienda.com.ar",
            "Perfecto, dame un momento que lo verifico.",
            "Ya está renovado por un año. Te llega la factura por correo."
        },
        {
            "Certificado SSL",
            "el candadito no aparece y chrome dice no seguro",
            "Entiendo que el sitio muestra la advertencia de no seguro. ¿Desde cuándo pasa?",
            "desde el lunes creo",
            "Reviso el certificado, aguardame un minuto por favor.",
            "El certificado había vencido porque el dominio apuntaba a otro lado. Lo reemitimos y ya aparece el candado."
        },
    };
    private static final String[] CUSTOMER_EXTRA = {
        "ok gracias",
        "sigue igual",
        "ahora anda!!",
        "me podés explicar qué pasó?",
        "te paso la clave: Perro-Verde-%d",
        "genial, muchas gracias por la ayuda",
        "dale",
        "perdón que insista pero es urgente"
    };
    private static final String[] AGENT_EXTRA = {
        "¿Hay algo más en lo que pueda ayudarte?",
        "Gracias por la paciencia.",
        "Perdón por la demora, estoy revisando.",
        "Probá ahora y contame, por favor.",
        "Cualquier cosa estamos por acá."
    };

    private GeneratedTickets() {}

    /** Adds {@code count} tickets to the panel, spread over October 2026. */
    public static void addTo(FakeWhmcsServer panel, int count, long seed) {
        addTo(panel, count, seed, YearMonth.of(2026, 10));
    }

    /** Adds {@code count} tickets to the panel, spread over the first 30 days of {@code month}. */
    public static void addTo(FakeWhmcsServer panel, int count, long seed, YearMonth month) {
        Random random = new Random(seed);
        LocalDateTime start = month.atDay(1).atTime(9, 0);
        for (int n = 0; n < count; n++) {
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            String staff = STAFF[random.nextInt(STAFF.length)];
            int dept = topic[0].contains("dominio") ? 2 : 1;
            LocalDateTime at = start.plusMinutes(random.nextInt(30 * 24 * 60));
            FakeTicket ticket =
                    panel.openTicket(dept, dept == 2 ? "Dominios" : "Hosting", topic[0], "Cliente " + n, at, topic[1]);
            int replies = 6 + random.nextInt(15);
            for (int r = 1; r < replies; r++) {
                at = at.plusSeconds(20 + random.nextInt(120));
                boolean agent = r % 2 == 1;
                String text = r + 1 < topic.length
                        ? topic[r + 1]
                        : agent
                                ? AGENT_EXTRA[random.nextInt(AGENT_EXTRA.length)]
                                : String.format(
                                        CUSTOMER_EXTRA[random.nextInt(CUSTOMER_EXTRA.length)], random.nextInt(1000));
                if (agent) {
                    ticket.staffReply(at, staff, text);
                } else {
                    ticket.clientReply(at, text);
                }
            }
            if (random.nextInt(3) > 0) {
                ticket.status("Closed");
            }
        }
    }

    /** Serves generated tickets: {@code --port P --tickets N --seed S --identifier I --secret X}. */
    public static void main(String[] args) throws Exception {
        int port = 8099;
        int tickets = 1000;
        long seed = 20261103L;
        String identifier = "chatqa";
        String secret = "chatqa-demo";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--tickets" -> tickets = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--identifier" -> identifier = args[i + 1];
                case "--secret" -> secret = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        FakeWhmcsServer panel = FakeWhmcsServer.start(port, identifier, secret);
        addTo(panel, tickets, seed);
        System.out.println("fake WHMCS panel with " + tickets + " tickets at " + panel.baseUrl() + "/includes/api.php");
    }
}
