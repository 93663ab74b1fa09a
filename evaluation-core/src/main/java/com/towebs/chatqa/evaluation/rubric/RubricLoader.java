package com.towebs.chatqa.evaluation.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.cues.CueSet;
import com.towebs.chatqa.evaluation.cues.InvalidCueSetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a rubric version: a folder holding {@value #RUBRIC_FILE} and its cue files ({@code cues/...}), a zip archive
 * of such a folder, or (for compatibility) a single rubric JSON file, whose cues are then the built-in ones. The
 * JSON may also carry its cue files, as {@link RubricWriter#toJson} writes it for storing a whole version in one
 * document. Every mistake is reported with the field, or the cue file and line, it concerns; nothing is silently
 * defaulted except the optional fields the format documents.
 */
public final class RubricLoader {

    /** The rubric file of a rubric version's folder or archive. */
    public static final String RUBRIC_FILE = "rubric.json";

    /** An archive bigger than this, unpacked, is not a rubric version. */
    private static final long MAX_ARCHIVE_BYTES = 16L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rubric file that cannot be used, with the reason. */
    public static final class InvalidRubricException extends Exception {
        InvalidRubricException(String message) {
            super(message);
        }
    }

    /** A rubric version from a folder, a zip archive ({@code .zip}) or a rubric JSON file. */
    public Rubric load(Path path) throws IOException, InvalidRubricException {
        if (Files.isDirectory(path)) {
            return loadFolder(path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString());
        }
    }

    /** A rubric version from a zip archive of its folder, or from a rubric JSON document (told apart by content). */
    public Rubric load(InputStream in, String name) throws IOException, InvalidRubricException {
        byte[] bytes = in.readAllBytes();
        if (isZip(bytes)) {
            return fromFiles(name, unzip(bytes, name));
        }
        return fromJson(name, bytes, null);
    }

    /** A rubric version from its folder: {@value #RUBRIC_FILE} and the cue files under {@code cues/}. */
    public Rubric loadFolder(Path folder) throws IOException, InvalidRubricException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.equals(RUBRIC_FILE) || relative.startsWith("cues/")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return fromFiles(folder.toString(), files);
    }

    private Rubric fromFiles(String name, Map<String, byte[]> files) throws InvalidRubricException {
        byte[] rubric = files.get(RUBRIC_FILE);
        if (rubric == null) {
            throw new InvalidRubricException(
                    name + ": no " + RUBRIC_FILE + " (a rubric version is " + RUBRIC_FILE + " and its cues/ folder)");
        }
        Map<String, String> cues = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith("cues/")) {
                cues.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return fromJson(name, rubric, cues);
    }

    /**
     * @param cues the cue files of a folder or archive; null for a JSON document, whose cues are the ones it carries
     *             or else the built-in ones
     */
    private Rubric fromJson(String name, byte[] json, Map<String, String> cues) throws InvalidRubricException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRubricException(name + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRubricException(name + ": unreadable: " + e.getMessage());
        }
        Map<String, String> cueTexts = cues;
        if (cueTexts == null && root != null && root.has("cues")) {
            cueTexts = embeddedCues(name, root.get("cues"));
        }
        CueSet cueSet;
        try {
            cueSet = cueTexts == null ? Rubric.standardCues() : CueSet.parse(cueTexts);
        } catch (InvalidCueSetException e) {
            throw new InvalidRubricException(name + ": the cue files are not valid:\n"
                    + String.join("\n", e.problems().stream().map(p -> "  " + p).toList()));
        }
        try {
            return parse(root, cueSet);
        } catch (IllegalArgumentException e) {
            throw new InvalidRubricException(name + ": " + e.getMessage());
        }
    }

    private static Map<String, String> embeddedCues(String name, JsonNode cues) throws InvalidRubricException {
        if (!cues.isObject()) {
            throw new InvalidRubricException(name + ": cues must be an object of cue file paths to their texts");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = cues.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> file = fields.next();
            if (!file.getValue().isTextual()) {
                throw new InvalidRubricException(name + ": cues." + file.getKey() + " must be the file's text");
            }
            texts.put(file.getKey(), file.getValue().textValue());
        }
        return texts;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The files of an archive, by path inside the version's folder: the archive may hold the folder's files at its
     * root or under one folder of any name (as zipping the folder itself gives).
     */
    private static Map<String, byte[]> unzip(byte[] archive, String name) throws IOException, InvalidRubricException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ARCHIVE_BYTES - total + 1));
                total += content.length;
                if (total > MAX_ARCHIVE_BYTES) {
                    throw new InvalidRubricException(
                            name + ": more than " + (MAX_ARCHIVE_BYTES >> 20) + " MB unpacked: not a rubric version");
                }
                entries.put(entry.getName().replace('\\', '/'), content);
            }
        }
        String prefix = commonFolder(entries.keySet());
        Map<String, byte[]> files = new LinkedHashMap<>();
        entries.forEach((path, content) -> files.put(path.substring(prefix.length()), content));
        return files;
    }

    /** "towebs-2026.3/" when every path is inside that one folder and none is rubric.json at the root; else "". */
    private static String commonFolder(Iterable<String> paths) {
        String prefix = null;
        for (String path : paths) {
            int slash = path.indexOf('/');
            String first = slash < 0 ? "" : path.substring(0, slash + 1);
            if (first.isEmpty() || first.equals("cues/") || (prefix != null && !prefix.equals(first))) {
                return "";
            }
            prefix = first;
        }
        return prefix == null ? "" : prefix;
    }

    private static Rubric parse(JsonNode root, CueSet cues) {
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
                parseScoring(required(root, "scoring")),
                cues);
    }

    private static CriterionRule parseRule(JsonNode node, String path) {
        String id = text(node, "id", path);
        String kind = text(node, "kind", path);
        return new CriterionRule(
                enumValue(CriterionId.class, id, path + ".id"),
                enumValue(CriterionKind.class, kind.toUpperCase(Locale.ROOT), path + ".kind"),
                number(node, "weight", path),
                node.path("deferredWhileOpen").asBoolean(false),
                optionalText(node, "description"),
                optionalText(node, "descriptionEn"));
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
