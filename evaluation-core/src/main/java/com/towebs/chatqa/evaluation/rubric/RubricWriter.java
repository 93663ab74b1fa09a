package com.towebs.chatqa.evaluation.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a rubric version in the forms {@link RubricLoader} reads, so that what it reads back is the same version,
 * cue files included: a folder ({@code rubric.json} and {@code cues/}), a zip archive of that folder, or one JSON
 * document that carries the cue files' texts (for storing a version in one field). The cue files are written as they
 * were read, byte for byte; whole numbers are written without a fraction.
 */
public final class RubricWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The whole version as one JSON document: the rubric file's fields and {@code cues}, path to text. */
    public String toJson(Rubric rubric) {
        ObjectNode root = tree(rubric);
        ObjectNode cues = root.putObject("cues");
        rubric.cues().texts().forEach(cues::put);
        return json(root);
    }

    /** The rubric file of the version's folder, without its cues ({@code rubric.json}). */
    public String toRubricFile(Rubric rubric) {
        return json(tree(rubric));
    }

    /** The whole version as one JSON document, see {@link #toJson}. */
    public void write(Rubric rubric, OutputStream out) throws IOException {
        out.write(toJson(rubric).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole version as one JSON document, see {@link #toJson}. */
    public void write(Rubric rubric, Path file) throws IOException {
        Files.writeString(file, toJson(rubric), StandardCharsets.UTF_8);
    }

    /** The version as a folder: {@code rubric.json} and its cue files under {@code cues/}. */
    public void writeFolder(Rubric rubric, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files(rubric).entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The version's folder as a zip archive, its files at the archive's root. */
    public void writeArchive(Rubric rubric, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : files(rubric).entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The version's folder as the bytes of a zip archive. */
    public byte[] toArchive(Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
        try {
            writeArchive(rubric, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    private Map<String, String> files(Rubric rubric) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(RubricLoader.RUBRIC_FILE, toRubricFile(rubric));
        files.putAll(rubric.cues().texts());
        return files;
    }

    private static String json(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
            if (!rule.descriptionEn().isEmpty()) {
                node.put("descriptionEn", rule.descriptionEn());
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
