package com.towebs.chatqa.evaluation.transcript;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a chat in the exchange format (shared/formats/transcript-v1.md), as one JSON object; the parser reads it back. */
public final class TranscriptWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TranscriptWriter() {}

    public static ObjectNode toJson(Chat chat) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", chat.id());
        node.put("source", chat.source());
        node.put("status", chat.status().wireName());
        node.set("agent", participant(chat.agent()));
        if (chat.customer() != null) {
            node.set("customer", participant(chat.customer()));
        }
        ArrayNode messages = node.putArray("messages");
        for (Message message : chat.messages()) {
            messages.addObject()
                    .put("at", message.at().toString())
                    .put("from", message.from().wireName())
                    .put("text", message.text());
        }
        return node;
    }

    public static String toJsonString(Chat chat) {
        return toJson(chat).toString();
    }

    private static ObjectNode participant(Participant participant) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", participant.id());
        if (participant.name() != null) {
            node.put("name", participant.name());
        }
        if (participant.team() != null) {
            node.put("team", participant.team());
        }
        return node;
    }
}
