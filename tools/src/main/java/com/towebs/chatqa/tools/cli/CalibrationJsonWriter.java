package com.towebs.chatqa.tools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.towebs.chatqa.evaluation.calibration.Agreement;
import com.towebs.chatqa.evaluation.calibration.CalibrationReport;
import com.towebs.chatqa.evaluation.calibration.ConfusionMatrix;
import com.towebs.chatqa.evaluation.calibration.FailureDetection;
import com.towebs.chatqa.evaluation.calibration.PairedVerdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code chatqa calibrate --format json}: the whole measurement as one JSON object for scripts. Agreement is a
 * share (0 to 1); kappa is null where it is undefined (people gave one verdict only); a confusion matrix maps the
 * person's verdict to the engine's to a count, over the verdicts that occur.
 */
final class CalibrationJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    String write(CalibrationResult result) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            write(result, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(CalibrationResult result, JsonGenerator json) throws IOException {
        CalibrationReport report = result.report();
        json.writeStartObject();
        json.writeStringField("rubric", result.rubric().version());
        json.writeNumberField("chats", report.chats());
        json.writeNumberField(
                "chatsWithEveryVerdictRight",
                report.chatsWithEveryVerdictRight().size());
        json.writeNumberField(
                "chatsWithEveryVerdictAndTypeRight",
                report.chatsWithEveryVerdictAndTypeRight().size());
        json.writeNumberField("chatsWithProfileJudged", report.chatsWithProfileJudged());
        json.writeNumberField("customerTypeErrors", report.customerTypeErrors());
        agreements("criteria", report.criteria(), json);
        agreements("customerTypes", report.customerTypes(), json);
        json.writeArrayFieldStart("criticalFailures");
        for (CriterionId criterion : result.criticalCriteria()) {
            failures(criterion, report.failureDetection(criterion).orElseThrow(), json);
        }
        json.writeEndArray();
        if (result.minimumRate().isPresent()) {
            json.writeNumberField("minimum", result.minimumRate().getAsDouble());
            strings("below", result.below(), json);
        }
        json.writeEndObject();
    }

    private static <K extends Enum<K>, C extends Enum<C>> void agreements(
            String field, Map<K, Agreement<C>> agreements, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Map.Entry<K, Agreement<C>> entry : agreements.entrySet()) {
            Agreement<C> agreement = entry.getValue();
            json.writeStartObject();
            json.writeStringField("id", entry.getKey().name());
            json.writeNumberField("compared", agreement.compared());
            json.writeNumberField("agreed", agreement.agreed());
            json.writeNumberField("agreement", agreement.rate());
            json.writeFieldName("kappa");
            if (agreement.kappa().isPresent()) {
                json.writeNumber(agreement.kappa().getAsDouble());
            } else {
                json.writeNull();
            }
            matrix(agreement.matrix(), json);
            json.writeArrayFieldStart("disagreements");
            for (PairedVerdict<C> pair : agreement.disagreements()) {
                json.writeStartObject();
                json.writeStringField("chatId", pair.chatId());
                json.writeStringField("human", pair.human().name());
                json.writeStringField("automatic", pair.automatic().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static <C extends Enum<C>> void matrix(ConfusionMatrix<C> matrix, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("confusion");
        for (C human : matrix.classesInUse()) {
            json.writeObjectFieldStart(human.name());
            for (C automatic : matrix.classesInUse()) {
                json.writeNumberField(automatic.name(), matrix.count(human, automatic));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void failures(CriterionId criterion, FailureDetection detection, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("criterion", criterion.name());
        strings("failedByPeople", detection.failedByPeople(), json);
        strings("caught", detection.caught(), json);
        strings("missed", detection.missed(), json);
        strings("falseFailures", detection.falseFailures(), json);
        json.writeEndObject();
    }

    private static void strings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
