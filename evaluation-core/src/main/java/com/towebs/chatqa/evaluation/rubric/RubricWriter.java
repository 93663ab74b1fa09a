package com.towebs.chatqa.evaluation.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a rubric in the JSON form {@link RubricLoader} reads (see {@code rubric/towebs-2026.1.json}): what the
 * loader reads back is the same rubric. Whole numbers are written without a fraction.
 */
public final class RubricWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The rubric as a JSON document. */
    public String toJson(Rubric rubric) {
        try {
            return JSON.writeValueAsString(tree(rubric));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Rubric rubric, OutputStream out) throws IOException {
        out.write(toJson(rubric).getBytes(StandardCharsets.UTF_8));
    }

    public void write(Rubric rubric, Path file) throws IOException {
        Files.writeString(file, toJson(rubric), StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(Rubric rubric) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", rubric.version());
        root.put("title", rubric.title());
        ObjectNode scoring = root.putObject("scoring");
        number(scoring, "requiredPoints", rubric.scoring().requiredPoints());
        number(scoring, "partialCredit", rubric.scoring().partialCredit());
        number(scoring, "criticalFailureCap", rubric.scoring().criticalFailureCap());
        Thresholds t = rubric.thresholds();
        ObjectNode thresholds = root.putObject("thresholds");
        thresholds.put("holdNoticeWaitSeconds", t.holdNoticeWaitSeconds());
        thresholds.put("holdFollowUpSeconds", t.holdFollowUpSeconds());
        number(thresholds, "spellingMetMaxErrorsPer100", t.spellingMetMaxErrorsPer100());
        number(thresholds, "spellingPartialMaxErrorsPer100", t.spellingPartialMaxErrorsPer100());
        thresholds.put("spellingMinWords", t.spellingMinWords());
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionRule rule : rubric.rules()) {
            ObjectNode node = criteria.addObject();
            node.put("id", rule.id().name());
            node.put("kind", rule.kind().name());
            number(node, "weight", rule.weight());
            if (rule.deferredWhileOpen()) {
                node.put("deferredWhileOpen", true);
            }
            if (!rule.description().isEmpty()) {
                node.put("description", rule.description());
            }
        }
        return root;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
