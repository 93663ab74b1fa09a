package com.towebs.chatqa.evaluation.output;

import com.towebs.chatqa.evaluation.CriterionResult;
import com.towebs.chatqa.evaluation.Evidence;
import com.towebs.chatqa.evaluation.Note;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.profile.ProfileFinding;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A readable summary of an evaluation for a person at a terminal: one block per chat. */
public final class EvaluationTableWriter {

    private static final int QUOTE_WIDTH = 70;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\s]+");

    private final Locale language;

    /** Notes in Spanish (es-AR), the product's first language. */
    public EvaluationTableWriter() {
        this(Note.SPANISH);
    }

    /** Notes in {@code language}: Spanish unless English. */
    public EvaluationTableWriter(Locale language) {
        this.language = language;
    }

    public String toBlock(Evaluation evaluation) {
        StringBuilder out = new StringBuilder(1024);
        out.append(String.format(
                Locale.ROOT,
                "chat %s  agent %s  %s  rubric %s%n",
                evaluation.chatId(),
                evaluation.agentId(),
                evaluation.status().wireName(),
                evaluation.rubricVersion()));
        out.append(String.format(Locale.ROOT, "  score %.1f", evaluation.score()));
        if (evaluation.criticalFailure()) {
            out.append(String.format(
                    Locale.ROOT, "  (critical failure; %.1f before the cap)", evaluation.scoreBeforeCap()));
        }
        out.append(System.lineSeparator());
        if (!evaluation.customerProfile().isEmpty()) {
            out.append("  customer: ")
                    .append(evaluation.customerProfile().stream()
                            .map(f -> f.type() + " (handling " + f.handling() + ")")
                            .collect(Collectors.joining(", ")))
                    .append(System.lineSeparator());
        }
        for (CriterionResult result : evaluation.criteria()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-22s %-14s %s%n",
                    result.criterion(),
                    result.verdict(),
                    describe(result.evidence(), result.note(language))));
        }
        for (ProfileFinding finding : evaluation.customerProfile()) {
            String note = finding.note(language);
            if (note != null) {
                out.append(String.format(
                        Locale.ROOT, "  %-22s %-14s %s%n", finding.type() + " handling", finding.handling(), note));
            }
        }
        return out.toString();
    }

    private static String describe(List<Evidence> evidence, String note) {
        String quoted = evidence.stream()
                .limit(3)
                .map(e -> "#" + e.message() + " \"" + shorten(e.quote()) + "\"")
                .collect(Collectors.joining("  "));
        if (evidence.size() > 3) {
            quoted += "  (+" + (evidence.size() - 3) + " more)";
        }
        if (note == null) {
            return quoted;
        }
        return quoted.isEmpty() ? note : quoted + "  — " + note;
    }

    /** One line of plain text: no line breaks, and no control characters a terminal would obey. */
    private static String shorten(String quote) {
        String oneLine = CONTROL.matcher(quote).replaceAll(" ");
        return oneLine.length() <= QUOTE_WIDTH ? oneLine : oneLine.substring(0, QUOTE_WIDTH - 3) + "...";
    }
}
