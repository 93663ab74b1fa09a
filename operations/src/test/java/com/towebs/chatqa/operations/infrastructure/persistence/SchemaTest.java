package com.towebs.chatqa.operations.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the migrations build, on both databases: the tables, their keys, the read model, and a history of it. */
class SchemaTest {

    /** The schema the migrations write to, on both databases. */
    private static final String SCHEMA = "public";

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyMigrationIsAppliedOnceAndASecondStartFindsNothingToDo(TestDatabase database) throws Exception {
        DataSource dataSource = migrated(database);

        assertThat(strings(
                        dataSource,
                        "select version from flyway_schema_history where success and version is not null"
                                + " order by installed_rank"))
                .containsExactlyElementsOf(migrationVersions());
        assertThat(SchemaMigration.migrate(dataSource)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theMigrationsCreateTheOperationalTables(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);

        assertThat(objects(dataSource, "TABLE"))
                .containsAll(List.of(
                        "team",
                        "agent",
                        "chat",
                        "chat_message",
                        "evaluation",
                        "criterion_result",
                        "profile_finding",
                        "source_state",
                        "ingestion_run",
                        "quarantined_record",
                        "dispute",
                        "verdict_override",
                        "rubric_version",
                        "evaluation_change"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theReadModelIsTheViewsReportingReads(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);

        assertThat(objects(dataSource, "VIEW"))
                .containsExactlyInAnyOrder(
                        "rm_evaluation_change", "rm_current_evaluation", "rm_criterion_result", "rm_customer_type");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChatIsStoredOncePerSourceAndExternalId(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);

        assertThat(uniqueKeys(dataSource, "chat")).contains("external_id,source");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void evaluationsTheirResultsAndTheOutboxReferToWhatTheyDescribe(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);

        assertThat(references(dataSource, "evaluation")).containsExactly("chat_id -> chat");
        assertThat(references(dataSource, "criterion_result")).containsExactly("evaluation_id -> evaluation");
        assertThat(references(dataSource, "evaluation_change"))
                .containsExactlyInAnyOrder("chat_id -> chat", "evaluation_id -> evaluation");
        assertThat(references(dataSource, "verdict_override"))
                .containsExactlyInAnyOrder(
                        "chat_id -> chat", "evaluation_id -> evaluation", "new_evaluation_id -> evaluation");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEntitiesMappingValidatesAgainstTheSchema(TestDatabase database) {
        DataSource dataSource = database.freshDatabase();

        // Hibernate validates every entity against the migrated schema (hbm2ddl validate) as the unit starts
        assertThatCode(() -> TestDatabase.persistenceUnit(dataSource).close()).doesNotThrowAnyException();
    }

    private static DataSource migrated(TestDatabase database) {
        DataSource dataSource = database.freshDatabase();
        SchemaMigration.migrate(dataSource);
        return dataSource;
    }

    /** The versions of the migration files, in order. */
    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(version -> Integer.parseInt(version.group(1)))
                    .sorted()
                    .map(String::valueOf)
                    .toList();
        }
    }

    /** The schema's objects of that type (TABLE, VIEW), by name. */
    private static Set<String> objects(DataSource dataSource, String type) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, SCHEMA, "%", new String[] {type})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** The table's unique indexes, each as its columns in name order joined by commas. */
    private static Set<String> uniqueKeys(DataSource dataSource, String table) throws SQLException {
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getIndexInfo(null, SCHEMA, table, true, false)) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME") != null) {
                    columns.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new TreeSet<>())
                            .add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        Set<String> keys = new TreeSet<>();
        columns.values().forEach(key -> keys.add(String.join(",", key)));
        return keys;
    }

    /** The table's foreign keys, as {@code column -> referenced table}. */
    private static List<String> references(DataSource dataSource, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getImportedKeys(null, SCHEMA, table)) {
            while (rows.next()) {
                keys.add(rows.getString("FKCOLUMN_NAME") + " -> " + rows.getString("PKTABLE_NAME"));
            }
        }
        return keys;
    }

    private static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
