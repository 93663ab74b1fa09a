package com.towebs.chatqa.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chatqa generate-demo} as a person or bin/chatqa uses it. */
class GenerateDemoCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ChatQaCli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesOneJsonLinesFilePerTeamAndMonthAndSaysWhat() throws IOException {
        Path demo = folder.resolve("inbox");

        int status = run("generate-demo", "--out", demo.toString(), "--per-month", "20", "--until", "2026-12-18");

        assertThat(status).isZero();
        try (Stream<Path> files = Files.list(demo)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly(
                            "demo-correo-2026-11.jsonl",
                            "demo-correo-2026-12.jsonl",
                            "demo-dominios-2026-11.jsonl",
                            "demo-dominios-2026-12.jsonl",
                            "demo-hosting-2026-11.jsonl",
                            "demo-hosting-2026-12.jsonl");
        }
        assertThat(out.toString()).contains("40 demo chats").contains("up to 2026-12-18, seed 2026");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theGeneratedFilesAreGradedByEvaluateWithoutAnInvalidRecord() {
        Path demo = folder.resolve("demo");
        run("generate-demo", "--out", demo.toString(), "--months", "1", "--per-month", "30", "--until", "2026-12-18");

        int status = run("evaluate", demo.toString());

        assertThat(status).isZero();
        assertThat(out.toString().lines().filter(line -> line.startsWith("{\"chatId\":\"demo-2026-12-")))
                .hasSize(30);
    }

    @Test
    void withoutAnOutputFolderItIsAUsageError() {
        int status = run("generate-demo", "--per-month", "20");

        assertThat(status).isEqualTo(ChatQaCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--out DIR is required").contains("usage: chatqa generate-demo");
    }

    @Test
    void theLastDayDefaultsToTodayAndMustBeADate() throws UsageException {
        LocalDate today = LocalDate.of(2027, 3, 4);

        assertThat(GenerateDemoOptions.parse(List.of("--out", "x"), today))
                .isEqualTo(new GenerateDemoOptions(Path.of("x"), 2, 150, 2026L, today));
        assertThat(GenerateDemoOptions.parse(List.of("--out=x", "--months=3", "--seed=7", "--until=2026-10-31"), today))
                .isEqualTo(new GenerateDemoOptions(Path.of("x"), 3, 150, 7L, LocalDate.of(2026, 10, 31)));
        assertThatThrownBy(() -> GenerateDemoOptions.parse(List.of("--out", "x", "--until", "31/10/2026"), today))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--until must be a date");
        assertThatThrownBy(() -> GenerateDemoOptions.parse(List.of("--out", "x", "--per-month", "0"), today))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--per-month must be from 1");
    }
}
