package com.towebs.chatqa.reporting.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The warehouse follows operations' outbox of changes to evaluations: each change loaded once, a crash completed by
 * the next load, a change committed late still loaded, and the gradings told from the changes people made.
 */
class WarehouseLoaderTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final Duration SETTLE = WarehouseLoader.DEFAULT_SETTLE;
    private static final int CRITERIA =
            OperationalData.EVALUATOR.rubric().rules().size();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsEveryCurrentEvaluationOnceAndASecondLoadChangesNothing(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(
                    OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 8),
                    OperationalData.chat("c-2", Instant.parse("2026-10-04T02:30:00Z"), "lucia", "hosting", 5));
            WarehouseLoader loader = loader(data.dataSource, 500);

            assertThat(loader.load()).isEqualTo(2);
            List<String> before = dump(data.dataSource);
            assertThat(loader.load()).isZero();

            assertThat(dump(data.dataSource)).isEqualTo(before);
            assertThat(query(data.dataSource, "select count(*) from fact_criterion_result"))
                    .containsExactly(String.valueOf(2 * CRITERIA));
            // 02:30 UTC on the 4th is still the 3rd in Buenos Aires
            assertThat(query(data.dataSource, "select date_key from fact_chat_evaluation order by external_id"))
                    .containsExactly("20261003", "20261003");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChatGradedAgainReplacesItsFacts(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 3));
            WarehouseLoader loader = loader(data.dataSource, 500);
            loader.load();

            data.put(OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 8));
            assertThat(loader.load()).isEqualTo(1);

            assertThat(query(data.dataSource, "select message_count from fact_chat_evaluation"))
                    .containsExactly("8");
            assertThat(query(data.dataSource, "select count(distinct evaluation_id) from fact_criterion_result"))
                    .containsExactly("1");
            assertThat(query(
                            data.dataSource,
                            "select count(*) from fact_criterion_result f join rm_current_evaluation e"
                                    + " on e.evaluation_id = f.evaluation_id"))
                    .containsExactly(String.valueOf(CRITERIA));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAgentWhoMovesKeepsEachMonthWithItsTeam(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            // November is loaded before October arrives: the versions still end up in date order
            data.put(OperationalData.chat("nov", Instant.parse("2026-11-05T14:00:00Z"), "lucia", "dominios", 5));
            WarehouseLoader loader = loader(data.dataSource, 500);
            loader.load();
            data.put(OperationalData.chat("oct", Instant.parse("2026-10-05T14:00:00Z"), "lucia", "hosting", 5));
            loader.load();

            assertThat(
                            query(
                                    data.dataSource,
                                    "select a.team_id || ' ' || a.valid_from || ' ' || coalesce(cast(a.valid_to as varchar(20)), '-')"
                                            + " || ' ' || case when a.is_current then 'current' else 'past' end from dim_agent a order by a.valid_from"))
                    .containsExactly("hosting 2026-10-05 2026-11-04 past", "dominios 2026-11-05 - current");
            assertThat(query(
                            data.dataSource,
                            "select f.external_id || ' ' || t.team_id from fact_chat_evaluation f"
                                    + " join dim_agent a on a.agent_key = f.agent_key join dim_team t on t.team_key = f.team_key"
                                    + " where a.team_id = t.team_id order by f.date_key"))
                    .containsExactly("oct hosting", "nov dominios");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCrashMidLoadLeavesTheWarehouseConsistentAndTheNextLoadCompletesIt(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            for (int i = 0; i < 7; i++) {
                data.put(OperationalData.chat(
                        "c-" + i,
                        Instant.parse("2026-10-03T14:00:00Z").plusSeconds(86_400L * i),
                        "lucia",
                        "hosting",
                        4));
            }
            DataSourceTransactions real = new DataSourceTransactions(data.dataSource);
            AtomicInteger transactions = new AtomicInteger();
            SqlTransactions crashing = new SqlTransactions() {
                @Override
                public <T> T inTransaction(SqlWork<T> work) {
                    return real.inTransaction(connection -> {
                        T result = work.run(connection);
                        if (transactions.incrementAndGet() == 2) {
                            throw new IllegalStateException("the server died before committing");
                        }
                        return result;
                    });
                }
            };

            assertThatThrownBy(
                            () -> new WarehouseLoader(crashing, BUENOS_AIRES, OperationalData.CLOCK, 3, SETTLE).load())
                    .hasMessageContaining("died");
            assertThat(query(data.dataSource, "select count(*) from fact_chat_evaluation"))
                    .containsExactly("3");
            assertThat(query(data.dataSource, "select count(*) from fact_criterion_result"))
                    .containsExactly(String.valueOf(3 * CRITERIA));

            assertThat(loader(data.dataSource, 3).load()).isEqualTo(4);
            assertThat(query(data.dataSource, "select count(*) from fact_chat_evaluation"))
                    .containsExactly("7");
            assertThat(query(data.dataSource, "select count(*) from fact_criterion_result"))
                    .containsExactly(String.valueOf(7 * CRITERIA));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeThatCommitsAfterLaterOnesWereLoadedIsStillLoaded(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(OperationalData.chat("early", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 4));
            // a change recorded five minutes before the others whose transaction commits only after a load took
            // them (a long grading batch, another node)
            data.put(OperationalData.chat("late", Instant.parse("2026-10-04T14:00:00Z"), "lucia", "hosting", 4));
            Instant lateChange = OperationalData.CLOCK.instant().minus(Duration.ofMinutes(5));
            hideChange(data, "late");
            WarehouseLoader loader = loader(data.dataSource, 500);
            assertThat(loader.load()).isEqualTo(1);

            unhideChange(data, "late", lateChange);

            assertThat(loader.load()).isEqualTo(1);
            assertThat(query(data.dataSource, "select external_id from fact_chat_evaluation order by external_id"))
                    .containsExactly("early", "late");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changesOlderThanAnyTransactionAreForgottenOnceLoaded(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 4));
            loader(data.dataSource, 500).load();
            assertThat(query(data.dataSource, "select count(*) from warehouse_loaded_change"))
                    .containsExactly("1");

            Clock later = Clock.offset(OperationalData.CLOCK, SETTLE.plusMinutes(1));
            WarehouseLoader loader = loader(data.dataSource, 500, later);
            assertThat(loader.load()).isZero();

            assertThat(query(data.dataSource, "select count(*) from warehouse_loaded_change"))
                    .containsExactly("0");
            // the forgotten change is not loaded again: it is older than what the load state says is settled
            assertThat(loader.load()).isZero();
            assertThat(loader.backlog()).isEqualTo(new WarehouseLoader.Backlog(0, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theBacklogTellsGradingsFromChangesPeopleMade(TestDatabase database) throws SQLException {
        try (OperationalData data = new OperationalData(database)) {
            data.put(
                    OperationalData.chat("c-1", Instant.parse("2026-10-03T14:00:00Z"), "lucia", "hosting", 4),
                    OperationalData.chat("c-2", Instant.parse("2026-10-04T14:00:00Z"), "lucia", "hosting", 4));
            WarehouseLoader loader = loader(data.dataSource, 500);
            assertThat(loader.backlog()).isEqualTo(new WarehouseLoader.Backlog(2, 0));
            loader.load();

            data.override("c-1");

            assertThat(loader.backlog()).isEqualTo(new WarehouseLoader.Backlog(0, 1));
        }
    }

    /** Takes the chat's changes out of the outbox, as if their transaction had not committed yet. */
    private static void hideChange(OperationalData data, String externalId) throws SQLException {
        execute(
                data.dataSource,
                "create table hidden_change as select * from evaluation_change where chat_id ="
                        + " (select id from chat where external_id = '" + externalId + "')");
        execute(data.dataSource, "delete from evaluation_change where id in (select id from hidden_change)");
    }

    /** Commits the hidden changes, recorded at {@code recordedAt}. */
    private static void unhideChange(OperationalData data, String externalId, Instant recordedAt) throws SQLException {
        execute(
                data.dataSource,
                "insert into evaluation_change (id, chat_id, evaluation_id, change_kind, recorded_at)"
                        + " select id, chat_id, evaluation_id, change_kind, timestamp with time zone '"
                        + recordedAt + "' from hidden_change");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static WarehouseLoader loader(DataSource dataSource, int batch) {
        return loader(dataSource, batch, OperationalData.CLOCK);
    }

    private static WarehouseLoader loader(DataSource dataSource, int batch, Clock clock) {
        return new WarehouseLoader(new DataSourceTransactions(dataSource), BUENOS_AIRES, clock, batch, SETTLE);
    }

    /** Every fact and dimension row, as text, in a stable order. */
    private static List<String> dump(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : List.of(
                "dim_date",
                "dim_team",
                "dim_agent",
                "dim_criterion",
                "dim_rubric_version",
                "fact_chat_evaluation",
                "fact_criterion_result")) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select * from " + table + " order by 1, 2")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        row.append('|').append(result.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
