package com.towebs.chatqa.reporting.warehouse;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.infrastructure.persistence.SchemaMigration;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Not a test: seconds to load the warehouse for N evaluations (README, "Benchmarks"). Fills the operational tables
 * directly with N graded chats (40 agents in 4 teams over six months, 13 criterion results each, one change each in
 * the outbox), then times
 * {@link WarehouseLoader#load()} and a second, empty load.
 * <pre>
 * ./mvnw -q -o -pl reporting test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java -cp reporting/target/test-classes:reporting/target/classes:$(cat reporting/target/bench.cp) \
 *     com.towebs.chatqa.reporting.warehouse.WarehouseLoadBench 200000 H2|POSTGRESQL
 * </pre>
 */
public final class WarehouseLoadBench {

    private static final String[] VERDICTS = {
        "MET", "MET", "MET", "PARTIAL", "NOT_MET", "NOT_OBSERVED", "NOT_APPLICABLE"
    };

    public static void main(String[] args) throws SQLException {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        TestDatabase database = args.length > 1 ? TestDatabase.valueOf(args[1]) : TestDatabase.H2;
        DataSource dataSource = database.freshDatabase();
        SchemaMigration.migrate(dataSource);
        WarehouseSchema.migrate(dataSource);
        long filling = System.nanoTime();
        fill(dataSource, evaluations);
        System.out.printf(
                Locale.ROOT, "filled %d evaluations in %.1f s%n", evaluations, (System.nanoTime() - filling) / 1e9);

        WarehouseLoader loader = new WarehouseLoader(
                new DataSourceTransactions(dataSource), ZoneId.of("America/Argentina/Buenos_Aires"), Clock.systemUTC());
        long start = System.nanoTime();
        long loaded = loader.load();
        double seconds = (System.nanoTime() - start) / 1e9;
        long again = System.nanoTime();
        long second = loader.load();
        System.out.printf(
                Locale.ROOT,
                "[bench] %s: warehouse load of %d evaluations: %.1f s (%.0f/s); second load: %d chats" + " in %.2f s%n",
                database,
                loaded,
                seconds,
                loaded / seconds,
                second,
                (System.nanoTime() - again) / 1e9);
        System.exit(0);
    }

    private static void fill(DataSource dataSource, int count) throws SQLException {
        Random random = new Random(20261123L);
        Instant start = Instant.parse("2026-05-01T12:00:00Z");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (int team = 0; team < 4; team++) {
                    statement.execute(
                            "insert into team (id, name) values ('team-" + team + "', 'Equipo " + team + "')");
                }
                for (int agent = 0; agent < 40; agent++) {
                    statement.execute("insert into agent (id, display_name, team_id) values ('agent-" + agent
                            + "', 'Agente " + agent + "', 'team-" + agent % 4 + "')");
                }
            }
            try (PreparedStatement chat = connection.prepareStatement(
                            "insert into chat (id, source, external_id, status,"
                                    + " agent_id, team_id, started_at, last_message_at, message_count, content_hash, credentials_requested,"
                                    + " credentials_supplied, grading_state, grading_attempts, first_ingested_at, last_ingested_at, version)"
                                    + " values (?, 'bench', ?, 'CLOSED', ?, ?, ?, ?, 20, 'h', false, false, 'GRADED', 0, ?, ?, 0)");
                    PreparedStatement evaluation = connection.prepareStatement("insert into evaluation (id, chat_id,"
                            + " rubric_version, chat_status, message_count, content_hash, score, score_before_cap,"
                            + " critical_failure, reason, evaluated_at, is_current) values (?, ?, 'towebs-2026.1', 'CLOSED', 20,"
                            + " 'h', ?, ?, ?, 'NEW_CHAT', ?, true)");
                    PreparedStatement result = connection.prepareStatement(
                            "insert into criterion_result (evaluation_id,"
                                    + " criterion, verdict, note, evidence) values (?, ?, ?, null, '[{\"message\":2,\"quote\":\"gracias\"}]')");
                    PreparedStatement change = connection.prepareStatement("insert into evaluation_change (id, chat_id,"
                            + " evaluation_id, change_kind, recorded_at) values (?, ?, ?, 'GRADED', ?)")) {
                for (int i = 1; i <= count; i++) {
                    Instant at = start.plusSeconds(random.nextInt(180 * 86_400));
                    int agent = random.nextInt(40);
                    chat.setLong(1, i);
                    chat.setString(2, "b-" + i);
                    chat.setString(3, "agent-" + agent);
                    chat.setString(4, "team-" + agent % 4);
                    chat.setTimestamp(5, Timestamp.from(at));
                    chat.setTimestamp(6, Timestamp.from(at.plusSeconds(900)));
                    chat.setTimestamp(7, Timestamp.from(at.plusSeconds(900)));
                    chat.setTimestamp(8, Timestamp.from(at.plusSeconds(900)));
                    chat.addBatch();
                    double score = 40 + random.nextInt(60);
                    boolean critical = random.nextInt(20) == 0;
                    evaluation.setLong(1, i);
                    evaluation.setLong(2, i);
                    evaluation.setDouble(3, critical ? 0 : score);
                    evaluation.setDouble(4, score);
                    evaluation.setBoolean(5, critical);
                    evaluation.setTimestamp(6, Timestamp.from(at.plusSeconds(1000)));
                    evaluation.addBatch();
                    change.setLong(1, i);
                    change.setLong(2, i);
                    change.setLong(3, i);
                    change.setTimestamp(4, Timestamp.from(at.plusSeconds(1000)));
                    change.addBatch();
                    for (CriterionId criterion : CriterionId.values()) {
                        result.setLong(1, i);
                        result.setString(2, criterion.name());
                        result.setString(3, VERDICTS[random.nextInt(VERDICTS.length)]);
                        result.addBatch();
                    }
                    if (i % 1000 == 0) {
                        chat.executeBatch();
                        evaluation.executeBatch();
                        result.executeBatch();
                        change.executeBatch();
                        connection.commit();
                    }
                }
                chat.executeBatch();
                evaluation.executeBatch();
                result.executeBatch();
                change.executeBatch();
                connection.commit();
            }
        }
    }
}
