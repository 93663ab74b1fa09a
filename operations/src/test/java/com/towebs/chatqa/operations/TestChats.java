package com.towebs.chatqa.operations;

import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.ChatStatus;
import com.towebs.chatqa.evaluation.transcript.Message;
import com.towebs.chatqa.evaluation.transcript.Participant;
import com.towebs.chatqa.evaluation.transcript.Speaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small realistic chats for ingestion tests. */
public final class TestChats {

    public static final Instant START = Instant.parse("2026-10-03T14:02:05Z");

    private TestChats() {}

    /** A support chat about mail with {@code messages} messages (at least 1), 40 s apart. */
    public static Chat mailChat(String id, ChatStatus status, int messages) {
        String[][] script = {
            {"system", "Bienvenido a ToWebs, ¿en qué podemos ayudarte?"},
            {"customer", "hola, no me salen los mails desde ayer"},
            {"agent", "Hola Pedro, soy Lucía. Entiendo que no podés enviar correos desde ayer, ¿te aparece algún error?"
            },
            {"customer", "me dice que el servidor rechazo el mensaje"},
            {"agent", "Dame un minuto que reviso la configuración de tu cuenta, por favor."},
            {"agent", "Listo: el buzón estaba lleno y por eso rechazaba los envíos. Liberé espacio y ya funciona."},
            {"customer", "genial, ya salen. Muchas gracias!"},
            {"agent", "¡De nada! ¿Hay algo más en lo que pueda ayudarte?"},
        };
        List<Message> list = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            String[] line = script[i % script.length];
            list.add(new Message(
                    START.plusSeconds(40L * i), Speaker.fromWire(line[0]).orElseThrow(), line[1]));
        }
        return new Chat(
                id,
                "test",
                status,
                new Participant("lucia.gomez", "Lucía Gómez", "hosting"),
                new Participant("c-1", "Pedro", null),
                list);
    }
}
