package com.towebs.chatqa.evaluation.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one JSON object of the transcript v1 format into a {@link Chat}, or says precisely what is wrong
 * with it. Shared by every way chats arrive (files, the push endpoint), so that all of them accept and
 * reject the same records for the same reasons.
 */
public final class TranscriptParser {

    /** Thrown for a record that breaks the format; the message names the field and the value. */
    public static final class InvalidTranscriptException extends Exception {
        private final String chatId;

        InvalidTranscriptException(String chatId, String message) {
            super(message);
            this.chatId = chatId;
        }

        /** The record's id when it had a readable one, for the error report; otherwise null. */
        public String chatId() {
            return chatId;
        }
    }

    public Chat parse(JsonNode node) throws InvalidTranscriptException {
        if (node == null || !node.isObject()) {
            throw new InvalidTranscriptException(
                    null, "a chat must be a JSON object, was " + (node == null ? "nothing" : describeType(node)));
        }
        String id = scalarText(node.get("id"));
        if (id == null || id.isBlank()) {
            throw new InvalidTranscriptException(null, "id is required (a non-empty string)");
        }
        String source = optionalString(id, node, "source");
        ChatStatus status = parseStatus(id, node.get("status"));
        Participant agent = parseParticipant(id, node.get("agent"), "agent", true);
        Participant customer = parseParticipant(id, node.get("customer"), "customer", false);
        List<Message> messages = parseMessages(id, node.get("messages"));
        return new Chat(id, source, status, agent, customer, messages);
    }

    private static ChatStatus parseStatus(String id, JsonNode value) throws InvalidTranscriptException {
        if (value == null || value.isNull()) {
            return ChatStatus.OPEN;
        }
        return ChatStatus.fromWire(value.isTextual() ? value.textValue() : null)
                .orElseThrow(() ->
                        new InvalidTranscriptException(id, "status must be \"open\" or \"closed\", was " + value));
    }

    private static Participant parseParticipant(String id, JsonNode value, String field, boolean required)
            throws InvalidTranscriptException {
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidTranscriptException(id, field + " is required (an object with an id)");
            }
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidTranscriptException(id, field + " must be an object, was " + describeType(value));
        }
        String participantId = scalarText(value.get("id"));
        if (participantId == null || participantId.isBlank()) {
            if (required) {
                throw new InvalidTranscriptException(id, field + ".id is required");
            }
            participantId = "";
        }
        return new Participant(
                participantId,
                optionalString(id, value, "name", field + ".name"),
                optionalString(id, value, "team", field + ".team"));
    }

    private static List<Message> parseMessages(String id, JsonNode value) throws InvalidTranscriptException {
        if (value == null || value.isNull()) {
            throw new InvalidTranscriptException(id, "messages is required (an array, possibly empty)");
        }
        if (!value.isArray()) {
            throw new InvalidTranscriptException(id, "messages must be an array, was " + describeType(value));
        }
        List<Message> messages = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            messages.add(parseMessage(id, value.get(i), "messages[" + i + "]"));
        }
        return messages;
    }

    private static Message parseMessage(String id, JsonNode value, String path) throws InvalidTranscriptException {
        if (!value.isObject()) {
            throw new InvalidTranscriptException(id, path + " must be an object, was " + describeType(value));
        }
        JsonNode at = value.get("at");
        if (at == null || !at.isTextual()) {
            throw new InvalidTranscriptException(id, path + ".at is required (ISO-8601 with offset or Z)");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(at.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidTranscriptException(
                    id, path + ".at is not an ISO-8601 time with offset or Z: \"" + at.textValue() + "\"");
        }
        JsonNode from = value.get("from");
        Speaker speaker = Speaker.fromWire(from != null && from.isTextual() ? from.textValue() : null)
                .orElseThrow(() -> new InvalidTranscriptException(
                        id,
                        path + ".from must be \"agent\", \"customer\" or \"system\", was "
                                + (from == null ? "missing" : from.toString())));
        JsonNode text = value.get("text");
        if (text == null || !text.isTextual()) {
            throw new InvalidTranscriptException(id, path + ".text is required (a string)");
        }
        return new Message(instant, speaker, text.textValue());
    }

    private static String optionalString(String id, JsonNode owner, String field) throws InvalidTranscriptException {
        return optionalString(id, owner, field, field);
    }

    private static String optionalString(String id, JsonNode owner, String field, String path)
            throws InvalidTranscriptException {
        JsonNode value = owner.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidTranscriptException(id, path + " must be a string, was " + describeType(value));
        }
        return value.textValue();
    }

    /** Ids may arrive as numbers from some panels; their text is unambiguous, so they are accepted. */
    private static String scalarText(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isIntegralNumber() ? value.asText() : null;
    }

    private static String describeType(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
