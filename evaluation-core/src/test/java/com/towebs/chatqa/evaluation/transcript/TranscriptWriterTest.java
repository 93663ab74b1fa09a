package com.towebs.chatqa.evaluation.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptWriterTest {

    @Test
    void whatIsWrittenReadsBackAsTheSameChat() throws Exception {
        Chat chat = new Chat(
                "wh-1",
                "whmcs",
                ChatStatus.CLOSED,
                new Participant("lucia", "Lucía", "hosting"),
                new Participant("c-1", "Pedro \"el\" Gómez", null),
                List.of(
                        new Message(Instant.parse("2026-10-03T14:02:05Z"), Speaker.SYSTEM, "Bienvenido"),
                        new Message(
                                Instant.parse("2026-10-03T14:02:40.5Z"), Speaker.CUSTOMER, "no anda\nel mail ñ ✉")));

        Chat read = new TranscriptParser().parse(new ObjectMapper().readTree(TranscriptWriter.toJsonString(chat)));

        assertThat(read).isEqualTo(chat);
    }

    @Test
    void aChatWithoutCustomerOrMessagesIsWrittenToo() throws Exception {
        Chat chat = new Chat("x", null, null, Participant.withId("a"), null, List.of());

        Chat read = new TranscriptParser().parse(new ObjectMapper().readTree(TranscriptWriter.toJsonString(chat)));

        assertThat(read).isEqualTo(chat);
    }
}
