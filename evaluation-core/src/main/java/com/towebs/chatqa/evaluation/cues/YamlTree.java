package com.towebs.chatqa.evaluation.cues;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so that a cue file's mistakes and
 * failing examples are reported with the line a QA analyst has to edit. Only what cue files use: mappings with
 * text keys, sequences and scalars (anchors, tags and documents after the first are not needed).
 */
final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A value of the document and the line (1-based) where it starts. */
    sealed interface Node permits Scalar, Sequence, Mapping {
        int line();
    }

    record Scalar(String value, int line) implements Node {}

    record Sequence(List<Node> items, int line) implements Node {}

    record Mapping(Map<String, Node> entries, int line) implements Node {}

    private YamlTree() {}

    /** @throws IllegalArgumentException with the line, when the text is not YAML or uses what cue files do not */
    static Node parse(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Mapping(Map.of(), 1);
            }
            return read(parser, first);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static Node read(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    Node value = read(parser, parser.nextToken());
                    if (entries.put(key, value) != null) {
                        throw new IllegalArgumentException("line " + keyLine + ": \"" + key + "\" appears twice");
                    }
                }
                return new Mapping(Collections.unmodifiableMap(entries), line);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(parser, next));
                }
                return new Sequence(List.copyOf(items), line);
            }
            case VALUE_NULL -> {
                return new Scalar("", line);
            }
            default -> {
                if (token.isScalarValue()) {
                    return new Scalar(parser.getText(), line);
                }
                throw new IllegalArgumentException("line " + line + ": unexpected " + token);
            }
        }
    }
}
