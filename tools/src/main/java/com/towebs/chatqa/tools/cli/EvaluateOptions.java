package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.evaluation.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed arguments of {@code chatqa evaluate}.
 *
 * @param rubricFile a rubric version: its folder, a zip archive of it, or a rubric JSON file; null for the built-in
 * @param language   the language of the notes: Spanish (es-AR) or English
 */
record EvaluateOptions(OutputFormat format, Path rubricFile, Locale language, List<Path> paths) {

    enum OutputFormat {
        JSONL,
        TABLE
    }

    static final String USAGE = """
            usage: chatqa evaluate [--format jsonl|table] [--rubric RUBRIC] [--lang es|en] PATH...
              Grades the chats in PATH (transcript files or folders of them: .json, .jsonl, .ndjson)
              against the rubric and prints one evaluation per chat.
              --format jsonl   one JSON object per line (default)
              --format table   a readable summary per chat
              --rubric RUBRIC  a rubric version: its folder (rubric.json and cues/), a .zip of that folder,
                               or a rubric JSON file read with the built-in cues (default: towebs-2026.2)
              --lang es|en     the language of the notes that say why (default: es, Spanish es-AR)
            exit status: 0 all input valid, 1 some records invalid (the rest is graded), 2 usage error""";

    static EvaluateOptions parse(List<String> args) throws UsageException {
        OutputFormat format = OutputFormat.JSONL;
        Path rubric = null;
        Locale language = Note.SPANISH;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format" -> format = parseFormat(valueOf(args, ++i, arg));
                case "--rubric" -> rubric = Path.of(valueOf(args, ++i, arg));
                case "--lang" -> language = parseLanguage(valueOf(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--format=")) {
                        format = parseFormat(arg.substring("--format=".length()));
                    } else if (arg.startsWith("--lang=")) {
                        language = parseLanguage(arg.substring("--lang=".length()));
                    } else if (arg.startsWith("--rubric=")) {
                        rubric = Path.of(arg.substring("--rubric=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    } else {
                        paths.add(Path.of(arg));
                    }
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("no PATH given: name transcript files or folders to grade");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + path);
            }
        }
        if (rubric != null && !Files.exists(rubric)) {
            throw new UsageException("no such rubric folder or file: " + rubric);
        }
        return new EvaluateOptions(format, rubric, language, List.copyOf(paths));
    }

    private static String valueOf(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static Locale parseLanguage(String value) throws UsageException {
        return switch (value) {
            case "es" -> Note.SPANISH;
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("--lang must be es or en, was " + value);
        };
    }

    private static OutputFormat parseFormat(String value) throws UsageException {
        return switch (value) {
            case "jsonl" -> OutputFormat.JSONL;
            case "table" -> OutputFormat.TABLE;
            default -> throw new UsageException("--format must be jsonl or table, was " + value);
        };
    }
}
