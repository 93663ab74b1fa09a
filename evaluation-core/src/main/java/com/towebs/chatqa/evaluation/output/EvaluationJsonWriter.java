package com.towebs.chatqa.evaluation.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes an evaluation as one line of the output format in shared/formats/transcript-v1.md, with the
 * extra fields the format leaves room for: the score before a critical cap and how the agent handled the
 * customer's profile.
 */
public final class EvaluationJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Locale language;

    /** Notes in Spanish (es-AR), the product's first language. */
    public EvaluationJsonWriter() {
        this(Note.SPANISH);
    }

    /** Notes in {@code language}: Spanish unless English. */
    public EvaluationJsonWriter(Locale language) {
        this.language = language;
    }

    /** The evaluation as one JSON line, without the line break. */
    public String toJsonLine(Evaluation evaluation) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(evaluation, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private void write(Evaluation evaluation, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("chatId", evaluation.chatId());
        json.writeStringField("source", evaluation.source());
        json.writeStringField("agentId", evaluation.agentId());
        json.writeStringField("status", evaluation.status().wireName());
        json.writeStringField("rubric", evaluation.rubricVersion());
        json.writeNumberField("score", evaluation.score());
        json.writeNumberField("scoreBeforeCap", evaluation.scoreBeforeCap());
        json.writeBooleanField("criticalFailure", evaluation.criticalFailure());
        json.writeArrayFieldStart("customerProfile");
        for (ProfileFinding finding : evaluation.customerProfile()) {
            json.writeString(finding.type().name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("profileHandling");
        for (ProfileFinding finding : evaluation.customerProfile()) {
            json.writeStartObject();
            json.writeStringField("type", finding.type().name());
            writeEvidence("signals", finding.signals(), json);
            json.writeStringField("verdict", finding.handling().name());
            writeEvidence("evidence", finding.handlingEvidence(), json);
            writeNote(finding.note(language), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("criteria");
        for (CriterionResult result : evaluation.criteria()) {
            json.writeStartObject();
            json.writeStringField("id", result.criterion().name());
            json.writeStringField("verdict", result.verdict().name());
            writeEvidence("evidence", result.evidence(), json);
            writeNote(result.note(language), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEvidence(String field, List<Evidence> evidence, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Evidence item : evidence) {
            json.writeStartObject();
            json.writeNumberField("message", item.message());
            json.writeStringField("quote", item.quote());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNote(String note, JsonGenerator json) throws IOException {
        if (note != null) {
            json.writeStringField("note", note);
        }
    }
}
