package com.towebs.chatqa.evaluation.calibration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads people's verdicts from the two shapes they are kept in:
 *
 * <ul>
 *   <li>a labels file, one JSON object keyed by chat id: {@code {"wh-48213": {"GREETING": "MET", ...,
 *       "customerProfile": ["ANGRY"]}}};
 *   <li>labelled transcripts (the corpus): transcript v1 records, one object, an array or JSON Lines, each with
 *       the same labels inline in {@code expected}, so a labelled set needs no second copy of its labels.
 * </ul>
 *
 * A label names a criterion or {@code customerProfile}; anything else is refused, so a misspelt criterion cannot
 * silently drop out of the measurement. Without {@code customerProfile} the profile counts as not judged.
 */
public final class HumanVerdictsReader {

    private static final String PROFILE = "customerProfile";
    private static final String INLINE_LABELS = "expected";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Every chat's verdicts from the files, by chat id in reading order; {@code inline} when all were transcripts. */
    public record Labels(Map<String, HumanVerdicts> byChat, boolean inline) {
        public Labels {
            byChat = Collections.unmodifiableMap(new LinkedHashMap<>(byChat));
        }
    }

    /** A labels file or labelled transcript that cannot be read; the message names the file, where and what. */
    public static final class InvalidLabelsException extends Exception {
        public InvalidLabelsException(String message) {
            super(message);
        }
    }

    public Labels readAll(List<Path> files) throws IOException, InvalidLabelsException {
        Map<String, HumanVerdicts> byChat = new LinkedHashMap<>();
        Map<String, Path> source = new LinkedHashMap<>();
        boolean inline = true;
        for (Path file : files) {
            Labels labels = read(file);
            inline &= labels.inline();
            for (HumanVerdicts verdicts : labels.byChat().values()) {
                Path earlier = source.putIfAbsent(verdicts.chatId(), file);
                if (earlier != null) {
                    throw new InvalidLabelsException(
                            file + ": chat " + verdicts.chatId() + " is labelled again (first in " + earlier + ")");
                }
                byChat.put(verdicts.chatId(), verdicts);
            }
        }
        return new Labels(byChat, inline);
    }

    public Labels read(Path file) throws IOException, InvalidLabelsException {
        // The root values in turn: JSON Lines, objects one after another, or (Jackson unwraps it) an array's items.
        try (MappingIterator<JsonNode> roots = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            if (!roots.hasNextValue()) {
                throw new InvalidLabelsException(file + ": no labels in the file");
            }
            JsonNode first = roots.nextValue();
            if (first.isObject() && (first.has(INLINE_LABELS) || first.has("messages"))) {
                return transcripts(file, first, roots);
            }
            if (roots.hasNextValue()) {
                throw new InvalidLabelsException(file + ": a labels file holds one JSON object keyed by chat id");
            }
            return labelsByChat(file, first);
        } catch (JsonProcessingException e) {
            throw new InvalidLabelsException(
                    file + where(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * One chat's labels: {@code CRITERION: VERDICT} pairs and, optionally, {@code customerProfile}; {@code where}
     * says in errors which file and record they came from.
     */
    public static HumanVerdicts fromLabels(String chatId, JsonNode labels, String where) throws InvalidLabelsException {
        if (labels == null || !labels.isObject()) {
            throw new InvalidLabelsException(where + ": the labels of chat " + chatId + " must be a JSON object");
        }
        Map<CriterionId, Verdict> criteria = new EnumMap<>(CriterionId.class);
        Optional<Set<CustomerType>> profile = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> fields = labels.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> label = fields.next();
            if (label.getKey().equals(PROFILE)) {
                profile = Optional.of(profile(chatId, label.getValue(), where));
            } else {
                CriterionId criterion = constant(CriterionId.class, label.getKey(), chatId, where, "label");
                criteria.put(criterion, verdict(chatId, criterion, label.getValue(), where));
            }
        }
        return new HumanVerdicts(chatId, criteria, profile);
    }

    private static Labels labelsByChat(Path file, JsonNode root) throws InvalidLabelsException {
        if (!root.isObject()) {
            throw new InvalidLabelsException(
                    file + ": expected labels keyed by chat id ({\"chat-id\": {\"GREETING\": \"MET\", ...}})"
                            + " or transcripts with their labels in \"expected\"");
        }
        Map<String, HumanVerdicts> byChat = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> chats = root.fields(); chats.hasNext(); ) {
            Map.Entry<String, JsonNode> chat = chats.next();
            byChat.put(chat.getKey(), fromLabels(chat.getKey(), chat.getValue(), file.toString()));
        }
        return new Labels(byChat, false);
    }

    private static Labels transcripts(Path file, JsonNode first, MappingIterator<JsonNode> rest)
            throws IOException, InvalidLabelsException {
        Map<String, HumanVerdicts> byChat = new LinkedHashMap<>();
        int record = 0;
        for (JsonNode node = first; node != null; node = rest.hasNextValue() ? rest.nextValue() : null) {
            record++;
            String where = file + ": record " + record;
            String chatId = node.path("id").asText("");
            if (chatId.isBlank()) {
                throw new InvalidLabelsException(where + ": a labelled transcript needs its \"id\"");
            }
            if (!node.has(INLINE_LABELS)) {
                throw new InvalidLabelsException(where + ": chat " + chatId + " has no labels in \"expected\"");
            }
            HumanVerdicts verdicts = fromLabels(chatId, node.get(INLINE_LABELS), where);
            if (byChat.put(chatId, verdicts) != null) {
                throw new InvalidLabelsException(where + ": chat " + chatId + " is labelled twice in the file");
            }
        }
        return new Labels(byChat, true);
    }

    private static Verdict verdict(String chatId, CriterionId criterion, JsonNode value, String where)
            throws InvalidLabelsException {
        if (!value.isTextual()) {
            throw new InvalidLabelsException(
                    where + ": chat " + chatId + ", " + criterion + ": the verdict must be a string, was " + value);
        }
        return constant(Verdict.class, value.textValue(), chatId, where, criterion + " verdict");
    }

    private static Set<CustomerType> profile(String chatId, JsonNode value, String where)
            throws InvalidLabelsException {
        if (!value.isArray()) {
            throw new InvalidLabelsException(
                    where + ": chat " + chatId + ": " + PROFILE + " must be an array of customer types, was " + value);
        }
        Set<CustomerType> types = EnumSet.noneOf(CustomerType.class);
        for (JsonNode type : value) {
            types.add(constant(CustomerType.class, type.asText(), chatId, where, "customer type"));
        }
        return types;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String chatId, String where, String what)
            throws InvalidLabelsException {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        String known = Arrays.toString(type.getEnumConstants());
        if (type == CriterionId.class) {
            known = known + " or " + PROFILE;
        }
        throw new InvalidLabelsException(
                where + ": chat " + chatId + ": unknown " + what + " \"" + name + "\" (known: " + known + ")");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ": line " + location.getLineNr();
    }
}
