package com.towebs.chatqa.evaluation.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads transcript files in the three shapes the format allows (one object, an array, JSON Lines) and
 * streams their records, so a file of any size is read in flat memory. A broken record becomes an
 * {@link TranscriptRecord.Invalid} naming file, record and reason; the records around it are still read
 * wherever the shape allows (always for JSON Lines; in an array, a syntax error ends the file).
 */
public final class TranscriptReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TranscriptParser parser = new TranscriptParser();

    /** Every record of the file, in order. */
    public List<TranscriptRecord> readAll(Path file) throws IOException {
        List<TranscriptRecord> records = new ArrayList<>();
        read(file, records::add);
        return records;
    }

    public void read(Path file, Consumer<TranscriptRecord> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(in, file.toString(), sink);
        }
    }

    /** Reads from {@code in}; {@code name} is how problems refer to the input. */
    public void read(BufferedReader in, String name, Consumer<TranscriptRecord> sink) throws IOException {
        in.mark(1 << 16);
        int first = firstSignificantChar(in);
        in.reset();
        if (first == -1) {
            return;
        }
        if (first == '[') {
            readArray(in, name, sink);
        } else if (first == '{') {
            readObjectsOrLines(in, name, sink);
        } else {
            sink.accept(invalid(
                    name,
                    1,
                    1,
                    null,
                    "not a transcript: expected a JSON object, an array of them or JSON Lines, found '" + (char) first
                            + "'"));
        }
    }

    /** JSON Lines when the first non-blank line is a whole object by itself; otherwise one or more objects. */
    private void readObjectsOrLines(BufferedReader in, String name, Consumer<TranscriptRecord> sink)
            throws IOException {
        int lineNumber = 0;
        String line;
        List<String> head = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            lineNumber++;
            head.add(line);
            if (!line.isBlank()) {
                break;
            }
        }
        if (line == null) {
            return;
        }
        if (isWholeObject(line) || isJsonLinesName(name)) {
            int record = 0;
            do {
                if (!line.isBlank()) {
                    record++;
                    sink.accept(parseLine(line, name, record, lineNumber));
                }
                lineNumber++;
            } while ((line = in.readLine()) != null);
            return;
        }
        // One pretty-printed object (or several in a row): small files, read whole.
        StringBuilder rest = new StringBuilder(String.join("\n", head));
        while ((line = in.readLine()) != null) {
            rest.append('\n').append(line);
        }
        readRootValues(new java.io.StringReader(rest.toString()), name, sink);
    }

    private TranscriptRecord parseLine(String line, String name, int record, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(stripBom(line));
        } catch (JsonProcessingException e) {
            return invalid(name, record, lineNumber, null, "malformed JSON: " + e.getOriginalMessage(), line);
        }
        return toRecord(node, name, record, lineNumber);
    }

    private void readArray(Reader in, String name, Consumer<TranscriptRecord> sink) throws IOException {
        int record = 0;
        try (JsonParser json = JSON.createParser(in)) {
            json.nextToken(); // START_ARRAY
            while (true) {
                JsonToken token;
                int line = json.currentLocation().getLineNr();
                try {
                    token = json.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        return;
                    }
                    record++;
                    line = json.currentTokenLocation().getLineNr();
                    JsonNode node = json.readValueAsTree();
                    sink.accept(toRecord(node, name, record, line));
                } catch (JsonProcessingException e) {
                    sink.accept(invalid(
                            name,
                            Math.max(record, 1),
                            line,
                            null,
                            "malformed JSON, the rest of the file" + " cannot be read: " + e.getOriginalMessage()));
                    return;
                }
            }
        }
    }

    private void readRootValues(Reader in, String name, Consumer<TranscriptRecord> sink) throws IOException {
        int record = 0;
        try (JsonParser json = JSON.createParser(in)) {
            while (true) {
                int line = json.currentLocation().getLineNr();
                try {
                    if (json.nextToken() == null) {
                        return;
                    }
                    record++;
                    line = json.currentTokenLocation().getLineNr();
                    sink.accept(toRecord(json.readValueAsTree(), name, record, line));
                } catch (JsonProcessingException e) {
                    sink.accept(invalid(
                            name,
                            Math.max(record, 1),
                            line,
                            null,
                            "malformed JSON, the rest of the file" + " cannot be read: " + e.getOriginalMessage()));
                    return;
                }
            }
        }
    }

    private TranscriptRecord toRecord(JsonNode node, String name, int record, int line) {
        try {
            return new TranscriptRecord.Valid(parser.parse(node));
        } catch (TranscriptParser.InvalidTranscriptException e) {
            return invalid(name, record, line, e.chatId(), e.getMessage(), node.toString());
        }
    }

    private static TranscriptRecord invalid(String name, int record, int line, String chatId, String reason) {
        return invalid(name, record, line, chatId, reason, "");
    }

    private static TranscriptRecord invalid(
            String name, int record, int line, String chatId, String reason, String payload) {
        return new TranscriptRecord.Invalid(new TranscriptProblem(name, record, line, chatId, reason), payload);
    }

    private static boolean isJsonLinesName(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static boolean isWholeObject(String line) {
        String trimmed = stripBom(line).strip();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            return false;
        }
        try {
            return JSON.readTree(trimmed).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int firstSignificantChar(Reader in) throws IOException {
        int c;
        while ((c = in.read()) != -1) {
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }
}
