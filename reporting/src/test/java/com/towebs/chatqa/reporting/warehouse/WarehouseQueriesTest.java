package com.towebs.chatqa.reporting.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reports' figures, read from the warehouse, agree with the same figures computed from the operational tables. */
class WarehouseQueriesTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static OperationalData fixture(TestDatabase database) {
        OperationalData data = new OperationalData(database);
        int[] lengths = {3, 8, 5, 6, 8, 4, 7, 2, 8};
        for (int i = 0; i < lengths.length; i++) {
            String agent = i % 3 == 0 ? "mario" : "lucia";
            Instant start = Instant.parse("2026-10-01T15:00:00Z").plusSeconds(3L * 86_400 * i);
            data.put(OperationalData.chat("oct-" + i, start, agent, "hosting", lengths[i]));
        }
        data.put(
                OperationalData.chat("sep-1", Instant.parse("2026-09-20T15:00:00Z"), "lucia", "hosting", 4),
                OperationalData.chat("oct-dom", Instant.parse("2026-10-10T15:00:00Z"), "ana", "dominios", 8),
                // 1 November 01:00 UTC is still 31 October in Buenos Aires
                OperationalData.chat("oct-late", Instant.parse("2026-11-01T01:00:00Z"), "lucia", "hosting", 8));
        new WarehouseLoader(new DataSourceTransactions(data.dataSource), BUENOS_AIRES, OperationalData.CLOCK).load();
        return data;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teamFiguresAgreeWithTheOperationalTables(TestDatabase database) throws SQLException {
        try (OperationalData data = fixture(database)) {
            TeamMonthReport report = new WarehouseQueries(new DataSourceTransactions(data.dataSource))
                    .teamMonth("hosting", OCTOBER)
                    .orElseThrow();

            List<double[]> scores = operationalScores(data, "hosting");
            assertThat(report.chats()).isEqualTo(scores.size()).isEqualTo(10);
            assertThat(report.averageScore())
                    .isCloseTo(scores.stream().mapToDouble(s -> s[0]).average().orElseThrow(), within(1e-9));
            assertThat(report.criticalShare())
                    .isCloseTo(scores.stream().mapToDouble(s -> s[1]).average().orElseThrow(), within(1e-9));
            assertThat(report.previousAverage()).isNotNull();
            assertThat(report.trend()).hasSize(6);
            assertThat(report.trend().get(5).chats()).isEqualTo(10);
            assertThat(report.trend().get(4).chats()).isEqualTo(1);
            assertThat(report.rubricVersion()).isEqualTo("towebs-2026.1");
            assertThat(report.agents()).extracting(AgentMonthSummary::agentId).containsExactly("lucia", "mario");
            assertThat(report.agents()).extracting(AgentMonthSummary::chats).containsExactly(7L, 3L);

            Map<CriterionId, long[]> operational = operationalVerdicts(data, "hosting");
            for (CriterionPassRate rate : report.criteria()) {
                long[] counts = operational.get(rate.criterion());
                assertThat(new long[] {rate.met(), rate.partial(), rate.notMet()})
                        .as(rate.criterion().name())
                        .containsExactly(counts);
            }
            assertThat(report.lowestScores()).isNotEmpty();
            assertThat(report.lowestScores().get(0).score())
                    .isEqualTo(scores.stream().mapToDouble(s -> s[0]).min().orElseThrow());
            assertThat(report.customerThanks())
                    .isNotEmpty()
                    .allSatisfy(chat -> assertThat(chat.quote()).containsIgnoringCase("gracias"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void agentReportAndExportRows(TestDatabase database) {
        try (OperationalData data = fixture(database)) {
            WarehouseQueries queries = new WarehouseQueries(new DataSourceTransactions(data.dataSource));

            AgentMonthReport mario = queries.agentMonth("mario", OCTOBER).orElseThrow();
            assertThat(mario.agent().chats()).isEqualTo(3);
            assertThat(mario.agent().teamId()).isEqualTo("hosting");
            assertThat(mario.teamAverageScore())
                    .isEqualTo(
                            queries.teamMonth("hosting", OCTOBER).orElseThrow().averageScore());
            assertThat(queries.agentMonth("mario", YearMonth.of(2026, 8))).isEmpty();

            List<EvaluationRow> rows = new ArrayList<>();
            queries.evaluations(new ExportFilter(YearMonth.of(2026, 9), OCTOBER, "hosting", null), rows::add);
            assertThat(rows).hasSize(11);
            assertThat(rows.get(0).chatId()).isEqualTo("sep-1");
            assertThat(rows).allSatisfy(row -> assertThat(row.verdicts()).hasSize(12));
            List<EvaluationRow> lucia = new ArrayList<>();
            queries.evaluations(new ExportFilter(OCTOBER, OCTOBER, null, "lucia"), lucia::add);
            assertThat(lucia)
                    .hasSize(7)
                    .allSatisfy(row -> assertThat(row.agentId()).isEqualTo("lucia"));
            assertThat(queries.agentSummaries(new ExportFilter(YearMonth.of(2026, 9), OCTOBER, null, null)))
                    .extracting(summary -> summary.month() + " " + summary.agentId())
                    .containsExactly("2026-09 lucia", "2026-10 ana", "2026-10 lucia", "2026-10 mario");
            assertThat(queries.passRates(new ExportFilter(OCTOBER, OCTOBER, null, null)))
                    .hasSize(12);
        }
    }

    /** Score and critical failure (1/0) of each current evaluation of the team's October chats, computed directly. */
    private static List<double[]> operationalScores(OperationalData data, String team) throws SQLException {
        List<double[]> scores = new ArrayList<>();
        try (Connection connection = data.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select e.score, e.critical_failure, c.started_at, c.team_id"
                        + " from evaluation e join chat c on c.id = e.chat_id where e.is_current")) {
            while (rows.next()) {
                boolean october = YearMonth.from(
                                rows.getTimestamp(3).toInstant().atZone(BUENOS_AIRES))
                        .equals(OCTOBER);
                if (october && team.equals(rows.getString(4))) {
                    scores.add(new double[] {rows.getDouble(1), rows.getBoolean(2) ? 1 : 0});
                }
            }
        }
        return scores;
    }

    private static Map<CriterionId, long[]> operationalVerdicts(OperationalData data, String team) throws SQLException {
        Map<CriterionId, long[]> counts = new HashMap<>();
        try (Connection connection = data.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select r.criterion, r.verdict, c.started_at, c.team_id"
                        + " from criterion_result r join evaluation e on e.id = r.evaluation_id join chat c on c.id = e.chat_id"
                        + " where e.is_current")) {
            while (rows.next()) {
                boolean october = YearMonth.from(
                                rows.getTimestamp(3).toInstant().atZone(BUENOS_AIRES))
                        .equals(OCTOBER);
                if (october && team.equals(rows.getString(4))) {
                    long[] c = counts.computeIfAbsent(CriterionId.valueOf(rows.getString(1)), k -> new long[3]);
                    switch (rows.getString(2)) {
                        case "MET" -> c[0]++;
                        case "PARTIAL" -> c[1]++;
                        case "NOT_MET" -> c[2]++;
                        default -> {}
                    }
                }
            }
        }
        return counts;
    }
}
