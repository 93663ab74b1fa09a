package com.towebs.chatqa.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The command line run in-process, as a test sees it: what it printed on each stream, and files to give it. */
final class CommandLine {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code chatqa ARGS...} and returns its exit status; output accumulates over runs. */
    int run(String... args) {
        return ChatQaCli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Writes {@code lines} to {@code name} under {@code folder} (creating folders), one per line. */
    static Path file(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
