package com.towebs.chatqa.evaluation.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a rubric from its JSON form (see {@code src/main/resources/rubric/towebs-2026.1.json} and the
 * README). Every mistake is reported with the field it concerns; nothing is silently defaulted except the
 * optional fields the format documents.
 */
public final class RubricLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rubric file that cannot be used, with the reason. */
    public static final class InvalidRubricException extends Exception {
        InvalidRubricException(String message) {
            super(message);
        }
    }

    public Rubric load(Path file) throws IOException, InvalidRubricException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    public Rubric load(InputStream in, String name) throws IOException, InvalidRubricException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidRubricException(name + ": malformed JSON: " + e.getOriginalMessage());
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidRubricException(name + ": " + e.getMessage());
        }
    }

    private static Rubric parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a rubric must be a JSON object");
        }
        JsonNode criteria = required(root, "criteria");
        if (!criteria.isArray() || criteria.isEmpty()) {
            throw new IllegalArgumentException("criteria must be a non-empty array");
        }
        List<CriterionRule> rules = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            rules.add(parseRule(criteria.get(i), "criteria[" + i + "]"));
        }
        return new Rubric(
                text(root, "version"),
                optionalText(root, "title"),
                rules,
                parseThresholds(required(root, "thresholds")),
                parseScoring(required(root, "scoring")));
    }

    private static CriterionRule parseRule(JsonNode node, String path) {
        String id = text(node, "id", path);
        String kind = text(node, "kind", path);
        return new CriterionRule(
                enumValue(CriterionId.class, id, path + ".id"),
                enumValue(CriterionKind.class, kind.toUpperCase(Locale.ROOT), path + ".kind"),
                number(node, "weight", path),
                node.path("deferredWhileOpen").asBoolean(false),
                optionalText(node, "description"));
    }

    private static Thresholds parseThresholds(JsonNode node) {
        return new Thresholds(
                (int) number(node, "holdNoticeWaitSeconds", "thresholds"),
                (int) number(node, "holdFollowUpSeconds", "thresholds"),
                number(node, "spellingMetMaxErrorsPer100", "thresholds"),
                number(node, "spellingPartialMaxErrorsPer100", "thresholds"),
                (int) number(node, "spellingMinWords", "thresholds"));
    }

    private static ScoringPolicy parseScoring(JsonNode node) {
        return new ScoringPolicy(
                number(node, "requiredPoints", "scoring"),
                number(node, "partialCredit", "scoring"),
                number(node, "criticalFailureCap", "scoring"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    path + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \"" + value + "\"");
        }
    }

    private static JsonNode required(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String text(JsonNode owner, String field) {
        return text(owner, field, null);
    }

    private static String text(JsonNode owner, String field, String path) {
        JsonNode value = owner.get(field);
        String name = path == null ? field : path + "." + field;
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(name + " is required (a non-empty string)");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static double number(JsonNode owner, String field, String path) {
        JsonNode value = owner.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(path + "." + field + " is required (a number)");
        }
        return value.doubleValue();
    }
}
