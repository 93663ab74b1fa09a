package com.towebs.chatqa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reporting's SQL names only its own tables (the warehouse: {@code dim_}, {@code fact_}, {@code warehouse_},
 * {@code report_archive}) and the read model's views ({@code rm_}), never an operational table: operations may change
 * its tables as long as its views answer the same.
 */
class ReadModelSqlTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Adjacent string literals joined ({@code "... from" + " fact_x"}), then the literals. */
    private static final Pattern JOINED = Pattern.compile("\"\\s*\\+\\s*\"");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A literal that holds SQL (not a message that happens to say "from"). */
    private static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TABLE =
            Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING_OWN_OR_READ_MODEL =
            Pattern.compile("(dim_|fact_|warehouse_|rm_)[a-z0-9_]+|report_archive");

    @Test
    void reportingSqlNamesOnlyTheWarehouseAndTheReadModel() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> tablesNamedIn(read(file)).stream()
                            .filter(table ->
                                    !REPORTING_OWN_OR_READ_MODEL.matcher(table).matches())
                            .forEach(table -> foreign.add(SOURCES.relativize(file) + ": " + table)));
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void theCheckFindsATableNamedAcrossJoinedLiterals() {
        String source =
                "String sql = \"select e.score from\"\n        + \" evaluation e join rm_current_evaluation c\";";

        assertThat(tablesNamedIn(source)).containsExactly("evaluation", "rm_current_evaluation");
    }

    static List<String> tablesNamedIn(String source) {
        List<String> tables = new ArrayList<>();
        Matcher literal = LITERAL.matcher(JOINED.matcher(source).replaceAll(""));
        while (literal.find()) {
            if (!SQL.matcher(literal.group(1)).find()) {
                continue;
            }
            Matcher table = TABLE.matcher(literal.group(1));
            while (table.find()) {
                tables.add(table.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
