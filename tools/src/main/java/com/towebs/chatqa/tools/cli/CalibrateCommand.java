package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.calibration.Calibration;
import com.towebs.chatqa.evaluation.calibration.HumanVerdicts;
import com.towebs.chatqa.evaluation.calibration.HumanVerdictsReader;
import com.towebs.chatqa.evaluation.calibration.HumanVerdictsReader.Labels;
import com.towebs.chatqa.evaluation.calibration.ReviewedChat;
import com.towebs.chatqa.evaluation.engine.Evaluation;
import com.towebs.chatqa.evaluation.engine.Evaluator;
import com.towebs.chatqa.evaluation.transcript.Chat;
import com.towebs.chatqa.evaluation.transcript.TranscriptReader;
import com.towebs.chatqa.evaluation.transcript.TranscriptRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chatqa calibrate}: grades the labelled chats under PATH as {@code chatqa evaluate} does (the same files,
 * reader and rubric option) and prints how far the automatic verdicts agree with people's. Records it cannot
 * read, chats without labels and labels without chats are reported on standard error.
 */
final class CalibrateCommand {

    /** How many chat ids a note on standard error lists before it only counts them. */
    private static final int IDS_SHOWN = 10;

    private final PrintWriter out;
    private final PrintWriter err;
    private int problems;

    CalibrateCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 measured and at or above --min, 1 below it or some records not graded */
    int run(CalibrateOptions options) throws UsageException, IOException {
        Labels labels = readLabels(options.labels());
        List<Path> paths = chatPaths(options, labels);
        Evaluator evaluator = EvaluateCommand.evaluator(options.rubricFile());
        Map<String, Chat> chats = readLabelledChats(EvaluateCommand.transcriptFiles(paths), labels.byChat());
        List<ReviewedChat> reviewed = grade(chats, labels.byChat(), evaluator);
        if (reviewed.isEmpty()) {
            throw new UsageException(
                    "none of the chats under " + describe(paths) + " has labels in " + options.labels());
        }
        note(
                labels.byChat().keySet().stream()
                        .filter(id -> !chats.containsKey(id))
                        .toList(),
                "labelled chats not under " + describe(paths) + ", not compared");

        CalibrationResult result =
                new CalibrationResult(Calibration.measure(reviewed), evaluator.rubric(), options.minimumRate());
        switch (options.format()) {
            case TABLE -> out.print(new CalibrationTableWriter().write(result));
            case JSON -> out.println(new CalibrationJsonWriter().write(result));
        }
        List<String> below = result.below();
        if (!below.isEmpty()) {
            err.println("below the --min agreement: " + String.join(", ", below));
        }
        return below.isEmpty() && problems == 0 ? 0 : 1;
    }

    private static Labels readLabels(Path labels) throws UsageException, IOException {
        List<Path> files = EvaluateCommand.transcriptFiles(List.of(labels));
        if (files.isEmpty()) {
            throw new UsageException("no labels under " + labels + " (.json, .jsonl or .ndjson files)");
        }
        try {
            return new HumanVerdictsReader().readAll(files);
        } catch (HumanVerdictsReader.InvalidLabelsException e) {
            throw new UsageException("invalid labels: " + e.getMessage());
        }
    }

    /** PATH; without one, LABELS itself when it holds the labelled transcripts (the corpus). */
    private static List<Path> chatPaths(CalibrateOptions options, Labels labels) throws UsageException {
        if (!options.paths().isEmpty()) {
            return options.paths();
        }
        if (!labels.inline()) {
            throw new UsageException("no PATH given: name the transcript files or folders the labels are about");
        }
        return List.of(options.labels());
    }

    /** The labelled chats in input order; a chat read twice counts once, as its later record. */
    private Map<String, Chat> readLabelledChats(List<Path> files, Map<String, HumanVerdicts> labels) {
        Map<String, Chat> labelled = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        TranscriptReader reader = new TranscriptReader();
        for (Path file : files) {
            try {
                reader.read(file, record -> {
                    if (record instanceof TranscriptRecord.Invalid invalid) {
                        problem("invalid: " + invalid.problem().describe());
                    } else if (record instanceof TranscriptRecord.Valid valid
                            && labels.containsKey(valid.chat().id())) {
                        if (labelled.put(valid.chat().id(), valid.chat()) != null) {
                            err.println("note: chat " + valid.chat().id() + " appears again in " + file
                                    + "; its later record is compared");
                        }
                    } else if (record instanceof TranscriptRecord.Valid valid) {
                        unlabelled.add(valid.chat().id());
                    }
                });
            } catch (IOException e) {
                problem("invalid: " + file + ": cannot be read: " + e.getMessage());
            }
        }
        note(unlabelled, "chats without labels, not compared");
        return labelled;
    }

    private record Graded(Chat chat, Evaluation evaluation, RuntimeException failure) {}

    /** Grades on every core (the evaluator is shared, as evaluate shares it) and pairs each chat with its labels. */
    private List<ReviewedChat> grade(Map<String, Chat> chats, Map<String, HumanVerdicts> labels, Evaluator evaluator) {
        List<Graded> graded = chats.values().parallelStream()
                .map(chat -> {
                    try {
                        return new Graded(chat, evaluator.evaluate(chat), null);
                    } catch (RuntimeException e) {
                        // One chat the engine cannot grade must not cost the rest of the measurement.
                        return new Graded(chat, null, e);
                    }
                })
                .toList();
        List<ReviewedChat> reviewed = new ArrayList<>();
        for (Graded one : graded) {
            if (one.failure() == null) {
                reviewed.add(new ReviewedChat(labels.get(one.chat().id()), one.evaluation()));
            } else {
                problem("error: chat " + one.chat().id() + " could not be graded: " + one.failure());
            }
        }
        return reviewed;
    }

    private void problem(String line) {
        err.println(line);
        problems++;
    }

    private void note(List<String> chatIds, String what) {
        if (!chatIds.isEmpty()) {
            String shown = String.join(", ", chatIds.subList(0, Math.min(IDS_SHOWN, chatIds.size())));
            err.printf("note: %s (%d): %s%s%n", what, chatIds.size(), shown, chatIds.size() > IDS_SHOWN ? ", ..." : "");
        }
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? paths.get(0).toString() : paths.toString();
    }
}
