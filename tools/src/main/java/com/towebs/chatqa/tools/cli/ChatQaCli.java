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
 * The {@code chatqa} command line of the evaluation core (bin/chatqa runs it for the {@code evaluate} and
 * {@code generate-demo} verbs). Exit status: 0 all input valid, 1 some input invalid (the rest graded) or the
 * demo files could not be written, 2 usage error.
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
        if (args.get(0).equals("generate-demo")) {
            return generateDemo(args.subList(1, args.size()), out, err);
        }
        if (!args.get(0).equals("evaluate")) {
            err.println("chatqa: unknown command " + args.get(0));
            err.println(EvaluateOptions.USAGE);
            return EXIT_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(EvaluateOptions.USAGE);
            return EXIT_OK;
        }
        try {
            EvaluateOptions options = EvaluateOptions.parse(rest);
            return new EvaluateCommand(out, err, Runtime.getRuntime().availableProcessors()).run(options);
        } catch (UsageException e) {
            err.println("chatqa evaluate: " + e.getMessage());
            err.println(EvaluateOptions.USAGE);
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("chatqa evaluate: " + e.getMessage());
            return EXIT_INVALID_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int generateDemo(List<String> args, PrintWriter out, PrintWriter err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(GenerateDemoOptions.USAGE);
            return EXIT_OK;
        }
        try {
            GenerateDemoOptions options = GenerateDemoOptions.parse(args, LocalDate.now(DemoData.ZONE));
            return new GenerateDemoCommand(out).run(options);
        } catch (UsageException e) {
            err.println("chatqa generate-demo: " + e.getMessage());
            err.println(GenerateDemoOptions.USAGE);
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("chatqa generate-demo: cannot write the demo files: " + e.getMessage());
            return EXIT_INVALID_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(
                new BufferedWriter(
                        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), 1 << 16),
                false);
    }
}
