package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.tools.demo.DemoData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The parsed arguments of {@code chatqa generate-demo}. */
record GenerateDemoOptions(Path out, int months, int perMonth, long seed, LocalDate until) {

    static final String USAGE = """
            usage: chatqa generate-demo --out DIR [--months 2] [--per-month 150] [--seed N] [--until yyyy-MM-dd]
              Writes the demo chats (transcript v1, JSON Lines, one file per team and month) into DIR: the last
              --months calendar months up to --until (default: today in America/Argentina/Buenos_Aires), --per-month
              chats each, in office hours. The same arguments always write the same files (ids demo-yyyy-MM-nnnn).
              --seed N        any number (default %d)
            exit status: 0 written, 1 cannot write, 2 usage error""".formatted(DemoData.DEFAULT_SEED);

    static GenerateDemoOptions parse(List<String> args, LocalDate today) throws UsageException {
        Path out = null;
        int months = 2;
        int perMonth = 150;
        long seed = DemoData.DEFAULT_SEED;
        LocalDate until = today;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (option) {
                case "--out" -> out = Path.of(inline != null ? inline : valueOf(args, ++i, option));
                case "--months" -> months = positive(option, inline != null ? inline : valueOf(args, ++i, option));
                case "--per-month" -> perMonth = positive(option, inline != null ? inline : valueOf(args, ++i, option));
                case "--seed" -> seed = number(option, inline != null ? inline : valueOf(args, ++i, option));
                case "--until" -> until = date(inline != null ? inline : valueOf(args, ++i, option));
                default ->
                    throw new UsageException(
                            arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        if (out == null) {
            throw new UsageException("--out DIR is required: the folder to write the demo files into");
        }
        return new GenerateDemoOptions(out, months, perMonth, seed, until);
    }

    private static String valueOf(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int positive(String option, String value) throws UsageException {
        long number = number(option, value);
        if (number < 1 || number > 100_000) {
            throw new UsageException(option + " must be from 1 to 100000, was " + value);
        }
        return (int) number;
    }

    private static long number(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, was " + value);
        }
    }

    private static LocalDate date(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--until must be a date like 2026-12-31, was " + value);
        }
    }
}
