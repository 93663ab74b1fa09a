package com.towebs.chatqa.reporting.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.operations.infrastructure.persistence.TestDatabase;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports' figures, read from the warehouse, agree with the same figures computed from operational data through
 * the read model; each test checks one figure.
 */
class WarehouseQueriesTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static final Map<TestDatabase, OperationalData> DATA = new EnumMap<>(TestDatabase.class);

    /**
     * October 2026 of team hosting (mario's and lucía's chats, one of them started on 31 October in Buenos Aires but
     * 1 November in UTC), one September chat of lucía's and one October chat of ana's in dominios; loaded once per
     * database and read by every test.
     */
    @BeforeAll
    static void loadTheWarehouse() {
        for (TestDatabase database : TestDatabase.values()) {
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
                    OperationalData.chat("oct-late", Instant.parse("2026-11-01T01:00:00Z"), "lucia", "hosting", 8));
            new WarehouseLoader(new DataSourceTransactions(data.dataSource), BUENOS_AIRES, OperationalData.CLOCK)
                    .load();
            DATA.put(database, data);
        }
    }

    @AfterAll
    static void close() {
        DATA.values().forEach(OperationalData::close);
    }

    private static WarehouseQueries queries(TestDatabase database) {
        return new WarehouseQueries(new DataSourceTransactions(DATA.get(database).dataSource));
    }

    private static TeamMonthReport hostingOctober(TestDatabase database) {
        return queries(database).teamMonth("hosting", OCTOBER).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsChatsAreThoseThatStartedInTheMonthInBuenosAires(TestDatabase database) throws SQLException {
        assertThat(hostingOctober(database).chats())
                .isEqualTo(operationalScores(DATA.get(database), "hosting").size())
                .isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsAverageScoreAgreesWithTheReadModel(TestDatabase database) throws SQLException {
        List<double[]> scores = operationalScores(DATA.get(database), "hosting");

        assertThat(hostingOctober(database).averageScore())
                .isCloseTo(scores.stream().mapToDouble(s -> s[0]).average().orElseThrow(), within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsShareOfCriticalFailuresAgreesWithTheReadModel(TestDatabase database) throws SQLException {
        List<double[]> scores = operationalScores(DATA.get(database), "hosting");

        assertThat(hostingOctober(database).criticalShare())
                .isCloseTo(scores.stream().mapToDouble(s -> s[1]).average().orElseThrow(), within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsTrendCoversSixMonthsWithTheChatsOfEach(TestDatabase database) {
        TeamMonthReport report = hostingOctober(database);

        assertThat(report.trend()).extracting(MonthScore::chats).containsExactly(0L, 0L, 0L, 0L, 1L, 10L);
        assertThat(report.previousAverage()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsMonthNamesTheRubricItWasGradedWith(TestDatabase database) {
        assertThat(hostingOctober(database).rubricVersion()).isEqualTo("towebs-2026.2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsAgentsAreListedWithTheirChats(TestDatabase database) {
        assertThat(hostingOctober(database).agents())
                .extracting(AgentMonthSummary::agentId, AgentMonthSummary::chats)
                .containsExactly(tuple("lucia", 7L), tuple("mario", 3L));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsPassRatesCountTheVerdictsOfTheReadModel(TestDatabase database) throws SQLException {
        Map<CriterionId, long[]> operational = operationalVerdicts(DATA.get(database), "hosting");

        for (CriterionPassRate rate : hostingOctober(database).criteria()) {
            assertThat(new long[] {rate.met(), rate.partial(), rate.notMet()})
                    .as(rate.criterion().name())
                    .containsExactly(operational.get(rate.criterion()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLowestScoresStartWithTheMonthsLowest(TestDatabase database) throws SQLException {
        List<double[]> scores = operationalScores(DATA.get(database), "hosting");

        assertThat(hostingOctober(database).lowestScores().get(0).score())
                .isEqualTo(scores.stream().mapToDouble(s -> s[0]).min().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void customerThanksQuoteTheCustomersWords(TestDatabase database) {
        assertThat(hostingOctober(database).customerThanks())
                .isNotEmpty()
                .allSatisfy(chat -> assertThat(chat.quote()).containsIgnoringCase("gracias"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAgentsMonthSetsTheAgentAgainstTheTeam(TestDatabase database) {
        AgentMonthReport mario = queries(database).agentMonth("mario", OCTOBER).orElseThrow();

        assertThat(mario.agent().chats()).isEqualTo(3);
        assertThat(mario.agent().teamId()).isEqualTo("hosting");
        assertThat(mario.teamAverageScore()).isEqualTo(hostingOctober(database).averageScore());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAgentWithoutChatsInTheMonthHasNoReport(TestDatabase database) {
        assertThat(queries(database).agentMonth("mario", YearMonth.of(2026, 8))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportHasARowPerChatOfThePeriodWithEveryVerdict(TestDatabase database) {
        List<EvaluationRow> rows = new ArrayList<>();
        queries(database).evaluations(new ExportFilter(YearMonth.of(2026, 9), OCTOBER, "hosting", null), rows::add);

        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).chatId()).isEqualTo("sep-1");
        assertThat(rows).allSatisfy(row -> assertThat(row.verdicts()).hasSize(12));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExportOfOneAgentHasOnlyThatAgentsChats(TestDatabase database) {
        List<EvaluationRow> lucia = new ArrayList<>();
        queries(database).evaluations(new ExportFilter(OCTOBER, OCTOBER, null, "lucia"), lucia::add);

        assertThat(lucia).hasSize(7).allSatisfy(row -> assertThat(row.agentId()).isEqualTo("lucia"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportsSummaryHasARowPerAgentAndMonth(TestDatabase database) {
        assertThat(queries(database).agentSummaries(new ExportFilter(YearMonth.of(2026, 9), OCTOBER, null, null)))
                .extracting(summary -> summary.month() + " " + summary.agentId())
                .containsExactly("2026-09 lucia", "2026-10 ana", "2026-10 lucia", "2026-10 mario");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportsPassRatesHaveEveryCriterion(TestDatabase database) {
        assertThat(queries(database).passRates(new ExportFilter(OCTOBER, OCTOBER, null, null)))
                .hasSize(12);
    }

    /**
     * Score and critical failure (1/0) of each current evaluation of the team's October chats, computed from the read
     * model operations offers (not from the warehouse).
     */
    private static List<double[]> operationalScores(OperationalData data, String team) throws SQLException {
        List<double[]> scores = new ArrayList<>();
        try (Connection connection = data.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select score, critical_failure, started_at, team_id from rm_current_evaluation")) {
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
                ResultSet rows = statement.executeQuery(
                        "select r.criterion, r.verdict, e.started_at, e.team_id"
                                + " from rm_criterion_result r join rm_current_evaluation e on e.evaluation_id = r.evaluation_id")) {
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
