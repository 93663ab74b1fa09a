package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.calibration.Agreement;
import com.towebs.chatqa.evaluation.calibration.CalibrationReport;
import com.towebs.chatqa.evaluation.calibration.ConfusionMatrix;
import com.towebs.chatqa.evaluation.calibration.FailureDetection;
import com.towebs.chatqa.evaluation.calibration.PairedVerdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * {@code chatqa calibrate --format table}: one line per criterion and customer type (agreement, kappa, chats),
 * the chats with every verdict right, the critical failures caught and invented, then the confusion matrix and
 * the disagreeing chats of everything that did not agree fully.
 */
final class CalibrationTableWriter {

    private static final String ROW = "%-22s %9s %7s %9s%n";

    String write(CalibrationResult result) {
        CalibrationReport report = result.report();
        StringBuilder text = new StringBuilder();
        text.append(format(
                "Agreement with people's verdicts on %d chats, rubric %s%n%n",
                report.chats(), result.rubric().version()));
        text.append(format(ROW, "criterion", "agreement", "kappa", "agreed"));
        report.criteria().forEach((criterion, agreement) -> summaryRow(text, criterion.name(), agreement));
        if (!report.customerTypes().isEmpty()) {
            text.append(format("%n" + ROW, "customer type", "agreement", "kappa", "agreed"));
            report.customerTypes().forEach((type, agreement) -> summaryRow(text, type.name(), agreement));
        }

        text.append('\n');
        line(
                text,
                "chats with every verdict right",
                share(report.chatsWithEveryVerdictRight().size(), report.chats()));
        if (!report.customerTypes().isEmpty()) {
            line(
                    text,
                    "  and every customer type too",
                    share(report.chatsWithEveryVerdictAndTypeRight().size(), report.chats()));
            line(
                    text,
                    "customer types missed or invented",
                    format(
                            "%d (%.1f per 20 chats)",
                            report.customerTypeErrors(),
                            20.0 * report.customerTypeErrors() / report.chatsWithProfileJudged()));
        }
        for (CriterionId critical : result.criticalCriteria()) {
            failures(text, critical, report.failureDetection(critical).orElseThrow());
        }
        result.minimumRate().ifPresent(minimum -> {
            List<String> below = result.below();
            line(
                    text,
                    format("below the %.1f%% minimum", minimum * 100),
                    below.isEmpty() ? "none" : String.join(", ", below));
        });
        if (Stream.concat(report.criteria().values().stream(), report.customerTypes().values().stream())
                .anyMatch(agreement -> agreement.kappa().isEmpty())) {
            text.append(format("kappa n/a: people gave one verdict only, so there was nothing to tell apart%n"));
        }

        details(text, report.criteria());
        details(text, report.customerTypes());
        return text.toString();
    }

    private static void summaryRow(StringBuilder text, String name, Agreement<?> agreement) {
        text.append(format(
                ROW,
                name,
                format("%.1f%%", agreement.rate() * 100),
                kappa(agreement.kappa()),
                agreement.agreed() + "/" + agreement.compared()));
    }

    private static void failures(StringBuilder text, CriterionId criterion, FailureDetection detection) {
        line(
                text,
                criterion + " NOT_MET by people",
                format(
                        "%d: %d caught%s, %d missed%s",
                        detection.failedByPeople().size(),
                        detection.caught().size(),
                        detection.catchRate().isPresent()
                                ? format(" (%.1f%%)", detection.catchRate().getAsDouble() * 100)
                                : "",
                        detection.missed().size(),
                        chats(detection.missed())));
        line(
                text,
                criterion + " NOT_MET by the engine only",
                detection.falseFailures().size() + chats(detection.falseFailures()));
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(format("%-36s %s%n", label, value));
    }

    /** The confusion matrix and disagreeing chats of every criterion or type that did not agree fully. */
    private static <K extends Enum<K>, C extends Enum<C>> void details(
            StringBuilder text, Map<K, Agreement<C>> agreements) {
        agreements.forEach((subject, agreement) -> {
            List<PairedVerdict<C>> disagreements = agreement.disagreements();
            if (disagreements.isEmpty()) {
                return;
            }
            text.append(format(
                    "%n%s: %d of %d disagree (rows: people, columns: engine)%n",
                    subject, disagreements.size(), agreement.compared()));
            matrix(text, agreement.matrix());
            for (PairedVerdict<C> pair : disagreements) {
                text.append(format("  %-16s people %s, engine %s%n", pair.chatId(), pair.human(), pair.automatic()));
            }
        });
    }

    private static <C extends Enum<C>> void matrix(StringBuilder text, ConfusionMatrix<C> matrix) {
        List<C> classes = List.copyOf(matrix.classesInUse());
        int width = classes.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 2;
        text.append(" ".repeat(width + 2));
        classes.forEach(column -> text.append(format("%" + width + "s", column)));
        text.append('\n');
        for (C row : classes) {
            text.append(format("  %-" + width + "s", row));
            classes.forEach(column -> text.append(format("%" + width + "d", matrix.count(row, column))));
            text.append('\n');
        }
    }

    private static String share(int part, int whole) {
        return format("%d of %d (%.1f%%)", part, whole, 100.0 * part / whole);
    }

    private static String kappa(OptionalDouble kappa) {
        return kappa.isPresent() ? format("%.2f", kappa.getAsDouble()) : "n/a";
    }

    private static String chats(List<String> chatIds) {
        return chatIds.isEmpty() ? "" : ": " + String.join(", ", chatIds);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
