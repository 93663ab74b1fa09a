package com.towebs.chatqa.tools.cli;

import com.towebs.chatqa.tools.demo.DemoData;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code chatqa} command line of the evaluation core (bin/chatqa runs it for the {@code evaluate},
 * {@code calibrate} and {@code generate-demo} verbs). Exit status: 0 all input valid, 1 some input invalid (the
 * rest graded), agreement below {@code calibrate --min} or the demo files could not be written, 2 usage error.
 */
public final class ChatQaCli {

    static final int EXIT_OK = 0;
    static final int EXIT_INVALID_INPUT = 1;
    static final int EXIT_USAGE = 2;

    private ChatQaCli() {}

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int status = run(Arrays.asList(args), out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    static int run(List<String> args, PrintWriter out, PrintWriter err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).println(EvaluateOptions.USAGE);
            return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "evaluate" ->
                verb(
                        "evaluate",
                        EvaluateOptions.USAGE,
                        rest,
                        out,
                        err,
                        options -> new EvaluateCommand(
                                        out, err, Runtime.getRuntime().availableProcessors())
                                .run(EvaluateOptions.parse(options)));
            case "calibrate" ->
                verb(
                        "calibrate",
                        CalibrateOptions.USAGE,
                        rest,
                        out,
                        err,
                        options -> new CalibrateCommand(out, err).run(CalibrateOptions.parse(options)));
            case "generate-demo" ->
                verb("generate-demo", GenerateDemoOptions.USAGE, rest, out, err, options -> generateDemo(options, out));
            default -> {
                err.println("chatqa: unknown command " + args.get(0));
                err.println(EvaluateOptions.USAGE);
                yield EXIT_USAGE;
            }
        };
    }

    /** One verb's work on its arguments: a {@link UsageException} means exit 2, an {@link IOException} exit 1. */
    @FunctionalInterface
    private interface Verb {
        int run(List<String> args) throws UsageException, IOException;
    }

    private static int verb(String name, String usage, List<String> args, PrintWriter out, PrintWriter err, Verb verb) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(usage);
            return EXIT_OK;
        }
        try {
            return verb.run(args);
        } catch (UsageException e) {
            err.println("chatqa " + name + ": " + e.getMessage());
            err.println(usage);
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("chatqa " + name + ": " + e.getMessage());
            return EXIT_INVALID_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int generateDemo(List<String> args, PrintWriter out) throws UsageException, IOException {
        GenerateDemoOptions options = GenerateDemoOptions.parse(args, LocalDate.now(DemoData.ZONE));
        try {
            return new GenerateDemoCommand(out).run(options);
        } catch (IOException e) {
            throw new IOException("cannot write the demo files: " + e.getMessage(), e);
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(
                new BufferedWriter(
                        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), 1 << 16),
                false);
    }
}
