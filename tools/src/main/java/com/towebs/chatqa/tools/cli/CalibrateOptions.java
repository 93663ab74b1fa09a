package com.towebs.chatqa.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The parsed arguments of {@code chatqa calibrate}; {@code minimumRate} is --min as a share (0 to 1). */
record CalibrateOptions(
        Path labels, List<Path> paths, OptionalDouble minimumRate, OutputFormat format, Path rubricFile) {

    enum OutputFormat {
        TABLE,
        JSON
    }

    static final String USAGE = """
            usage: chatqa calibrate --labels LABELS [--min P] [--format table|json] [--rubric RUBRIC] [PATH...]
              Grades the labelled chats under PATH (transcript files or folders, read as chatqa evaluate reads
              them) and prints how far the automatic verdicts agree with people's: per criterion and customer
              type the agreement, Cohen's kappa, the confusion matrix and the chats they disagree on.
              --labels LABELS  a JSON file {"chat-id": {"GREETING": "MET", ..., "customerProfile": ["ANGRY"]}},
                               or labelled transcripts (a file or folder whose records carry their labels in
                               "expected", as the corpus does); then PATH may be left out
              --min P          exit 1 when a criterion or customer type agrees on less than P percent (0-100)
              --format table   a readable report (default)
              --format json    one JSON object
              --rubric RUBRIC  the rubric version to grade with, as chatqa evaluate takes it: its folder, a .zip
                               of that folder or a rubric JSON file (default: the built-in rubric)
            exit status: 0 measured (at or above --min), 1 below --min or some records not graded, 2 usage error""";

    static CalibrateOptions parse(List<String> args) throws UsageException {
        Path labels = null;
        OptionalDouble minimum = OptionalDouble.empty();
        OutputFormat format = OutputFormat.TABLE;
        Path rubric = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (option) {
                case "--labels" -> labels = Path.of(inline != null ? inline : valueOf(args, ++i, option));
                case "--min" ->
                    minimum = OptionalDouble.of(percent(inline != null ? inline : valueOf(args, ++i, option)));
                case "--format" -> format = parseFormat(inline != null ? inline : valueOf(args, ++i, option));
                case "--rubric" -> rubric = Path.of(inline != null ? inline : valueOf(args, ++i, option));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (labels == null) {
            throw new UsageException("--labels LABELS is required: the people's verdicts to compare with");
        }
        for (Path path : concat(labels, paths)) {
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + path);
            }
        }
        if (rubric != null && !Files.exists(rubric)) {
            throw new UsageException("no such rubric folder or file: " + rubric);
        }
        return new CalibrateOptions(labels, List.copyOf(paths), minimum, format, rubric);
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    private static String valueOf(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    /** --min in percent, "95", "97.5" or "95%", as a share. */
    private static double percent(String value) throws UsageException {
        String number = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
        try {
            double percent = Double.parseDouble(number);
            if (percent >= 0 && percent <= 100) {
                return percent / 100;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new UsageException("--min must be a percentage from 0 to 100, was " + value);
    }

    private static OutputFormat parseFormat(String value) throws UsageException {
        return switch (value) {
            case "table" -> OutputFormat.TABLE;
            case "json" -> OutputFormat.JSON;
            default -> throw new UsageException("--format must be table or json, was " + value);
        };
    }
}
