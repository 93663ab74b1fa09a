package com.towebs.chatqa.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.Message;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Writes N generated 20-message chats (the same ones the JMH benchmarks grade) as transcript v1 JSON Lines,
 * the input of the end-to-end bench of {@code bin/chatqa evaluate}:
 * <pre>
 *   ./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
 *   java -cp benchmarks/target/benchmarks.jar com.towebs.chatqa.benchmarks.GenerateChats 20000 &gt; /tmp/chats-20k.jsonl
 *   time bin/chatqa evaluate /tmp/chats-20k.jsonl &gt; /dev/null
 * </pre>
 */
public final class GenerateChats {

    private GenerateChats() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        JsonFactory json = new JsonFactory();
        for (Chat chat : SampleChats.generate(count, SampleChats.SEED)) {
            try (JsonGenerator line = json.createGenerator(out)) {
                line.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                write(chat, line);
            }
            out.write('\n');
        }
        out.flush();
    }

    private static void write(Chat chat, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", chat.id());
        json.writeStringField("source", chat.source());
        json.writeStringField("status", chat.status().wireName());
        json.writeObjectFieldStart("agent");
        json.writeStringField("id", chat.agent().id());
        json.writeStringField("name", chat.agent().name());
        json.writeStringField("team", chat.agent().team());
        json.writeEndObject();
        json.writeArrayFieldStart("messages");
        for (Message message : chat.messages()) {
            json.writeStartObject();
            json.writeStringField("at", DateTimeFormatter.ISO_INSTANT.format(message.at()));
            json.writeStringField("from", message.from().wireName());
            json.writeStringField("text", message.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
