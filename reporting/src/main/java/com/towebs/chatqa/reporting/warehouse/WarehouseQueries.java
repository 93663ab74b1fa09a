package com.towebs.chatqa.reporting.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.evaluation.rubric.CriterionId;
import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.AgentMonthSummary;
import com.towebs.chatqa.reporting.model.CriterionPassRate;
import com.towebs.chatqa.reporting.model.EvaluationRow;
import com.towebs.chatqa.reporting.model.ExportFilter;
import com.towebs.chatqa.reporting.model.MonthScore;
import com.towebs.chatqa.reporting.model.NotableChat;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The figures of the reports and exports, read from the warehouse (quotes for notable chats come from the
 * evaluations they name, through the read model). Months are calendar months of the chats' start days in ToWebs' time zone.
 */
public final class WarehouseQueries {

    static final int TREND_MONTHS = 6;
    static final int NOTABLE = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqlTransactions transactions;

    public WarehouseQueries(SqlTransactions transactions) {
        this.transactions = transactions;
    }

    /** The teams with evaluated chats in the month, by id. */
    public List<String> teamsWithChats(YearMonth month) {
        return transactions.inTransaction(connection -> strings(
                connection,
                "select distinct t.team_id from"
                        + " fact_chat_evaluation f join dim_team t on t.team_key = f.team_key where f.date_key between ? and ?"
                        + " order by t.team_id",
                first(month),
                last(month)));
    }

    /** The agents with evaluated chats in the month, by id. */
    public List<String> agentsWithChats(YearMonth month) {
        return transactions.inTransaction(connection -> strings(
                connection,
                "select distinct a.agent_id from"
                        + " fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key where f.date_key between ? and ?"
                        + " order by a.agent_id",
                first(month),
                last(month)));
    }

    public Optional<TeamMonthReport> teamMonth(String teamId, YearMonth month) {
        return transactions.inTransaction(connection -> {
            Totals totals = totals(connection, "t.team_id = ?", teamId, month);
            if (totals.chats == 0) {
                return Optional.empty();
            }
            Totals previous = totals(connection, "t.team_id = ?", teamId, month.minusMonths(1));
            List<AgentMonthSummary> agents = agentSummaries(connection, "t.team_id = ?", teamId, month);
            return Optional.of(new TeamMonthReport(
                    teamId,
                    totals.teamName,
                    month,
                    totals.rubricVersion,
                    totals.chats,
                    totals.average,
                    totals.criticalShare,
                    previous.chats == 0 ? null : previous.average,
                    trend(connection, "t.team_id = ?", teamId, month),
                    passRates(connection, "t.team_id = ?", teamId, month),
                    agents,
                    lowestScores(connection, "t.team_id = ?", teamId, month),
                    customerThanks(connection, "t.team_id = ?", teamId, month)));
        });
    }

    public Optional<AgentMonthReport> agentMonth(String agentId, YearMonth month) {
        return transactions.inTransaction(connection -> {
            List<AgentMonthSummary> summaries = agentSummaries(connection, "a.agent_id = ?", agentId, month);
            if (summaries.isEmpty()) {
                return Optional.empty();
            }
            AgentMonthSummary agent = summaries.get(0);
            Totals agentTotals = totals(connection, "a.agent_id = ?", agentId, month);
            Totals team =
                    agent.teamId() == null ? agentTotals : totals(connection, "t.team_id = ?", agent.teamId(), month);
            List<CriterionPassRate> criteria = passRates(connection, "a.agent_id = ?", agentId, month);
            List<CriterionPassRate> teamCriteria =
                    agent.teamId() == null ? criteria : passRates(connection, "t.team_id = ?", agent.teamId(), month);
            List<NotableChat> examples = new ArrayList<>(lowestScores(connection, "a.agent_id = ?", agentId, month));
            examples.addAll(customerThanks(connection, "a.agent_id = ?", agentId, month));
            return Optional.of(new AgentMonthReport(
                    agent,
                    agentTotals.rubricVersion,
                    team.average,
                    team.criticalShare,
                    trend(connection, "a.agent_id = ?", agentId, month),
                    criteria,
                    teamCriteria,
                    examples,
                    workOnNext(criteria, teamCriteria)));
        });
    }

    /** Per agent and month in the filter's period (the team of each month's chats), for the export's summary. */
    public List<AgentMonthSummary> agentSummaries(ExportFilter filter) {
        return transactions.inTransaction(connection -> {
            List<AgentMonthSummary> all = new ArrayList<>();
            for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
                for (AgentMonthSummary summary :
                        agentSummaries(connection, filterCondition(filter), filterValue(filter), month)) {
                    if (filter.agentId() == null || filter.agentId().equals(summary.agentId())) {
                        all.add(summary);
                    }
                }
            }
            return all;
        });
    }

    /** Pass rates per criterion over the filter's period. */
    public List<CriterionPassRate> passRates(ExportFilter filter) {
        return transactions.inTransaction(connection -> {
            String condition = filterCondition(filter) + (filter.agentId() == null ? "" : " and a.agent_id = ?");
            List<Object> values = new ArrayList<>(Arrays.asList(filterValue(filter)));
            if (filter.agentId() != null) {
                values.add(filter.agentId());
            }
            return passRates(connection, condition, values, first(filter.from()), last(filter.to()));
        });
    }

    /**
     * Streams one row per evaluated chat in the filter, by day and chat, to {@code sink}, without holding the rows.
     */
    public void evaluations(ExportFilter filter, Consumer<EvaluationRow> sink) {
        withEvaluations(filter, rows -> {
            rows.forEachRemaining(sink);
            return null;
        });
    }

    /**
     * Hands {@code reader} a lazy iterator over one row per evaluated chat in the filter, by day and chat, inside one
     * read transaction: the chat facts and the criterion facts are read in the same order and merged as the iterator
     * advances, so a million rows never sit in memory. The iterator is valid only while {@code reader} runs.
     */
    public <T> T withEvaluations(ExportFilter filter, Function<Iterator<EvaluationRow>, T> reader) {
        return transactions.inTransaction(connection -> {
            String where = " where f.date_key between ? and ?" + (filter.teamId() == null ? "" : " and t.team_id = ?")
                    + (filter.agentId() == null ? "" : " and a.agent_id = ?");
            List<Object> values = new ArrayList<>(List.of(first(filter.from()), last(filter.to())));
            if (filter.teamId() != null) {
                values.add(filter.teamId());
            }
            if (filter.agentId() != null) {
                values.add(filter.agentId());
            }
            String joins =
                    " join dim_agent a on a.agent_key = f.agent_key left join dim_team t on t.team_key = f.team_key";
            try (PreparedStatement chats = statement(
                            connection,
                            "select f.chat_id, f.date_key, f.external_id, a.agent_id,"
                                    + " a.agent_name, t.team_id, t.team_name, f.chat_status, r.rubric_version, f.score, f.critical_failure,"
                                    + " f.customer_types from fact_chat_evaluation f" + joins
                                    + " join dim_rubric_version r on r.rubric_key = f.rubric_key" + where
                                    + " order by f.date_key, f.chat_id",
                            values);
                    PreparedStatement verdicts = statement(
                            connection,
                            "select f.chat_id, c.criterion_id, f.verdict"
                                    + " from fact_criterion_result f" + joins
                                    + " join dim_criterion c on c.criterion_key = f.criterion_key"
                                    + where + " order by f.date_key, f.chat_id",
                            values);
                    ResultSet chatRows = chats.executeQuery();
                    ResultSet verdictRows = verdicts.executeQuery()) {
                return reader.apply(new MergedRows(chatRows, verdictRows));
            }
        });
    }

    /** Chat rows with their verdicts; both result sets are ordered by (day, chat). */
    private static final class MergedRows implements Iterator<EvaluationRow> {
        private final ResultSet chatRows;
        private final ResultSet verdictRows;
        private boolean moreVerdicts;
        private Boolean hasNext;

        MergedRows(ResultSet chatRows, ResultSet verdictRows) throws SQLException {
            this.chatRows = chatRows;
            this.verdictRows = verdictRows;
            this.moreVerdicts = verdictRows.next();
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = chatRows.next();
                } catch (SQLException e) {
                    throw new WarehouseException("reading evaluations failed", e);
                }
            }
            return hasNext;
        }

        @Override
        public EvaluationRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                long chatId = chatRows.getLong(1);
                Map<CriterionId, Verdict> byCriterion = new EnumMap<>(CriterionId.class);
                // the criterion rows of this chat come next
                while (moreVerdicts && verdictRows.getLong(1) == chatId) {
                    byCriterion.put(
                            CriterionId.valueOf(verdictRows.getString(2)), Verdict.valueOf(verdictRows.getString(3)));
                    moreVerdicts = verdictRows.next();
                }
                return new EvaluationRow(
                        day(chatRows.getInt(2)),
                        chatRows.getString(3),
                        null,
                        chatRows.getString(4),
                        chatRows.getString(5),
                        chatRows.getString(6),
                        chatRows.getString(7),
                        chatRows.getString(8),
                        chatRows.getString(9),
                        chatRows.getDouble(10),
                        chatRows.getBoolean(11),
                        chatRows.getString(12),
                        byCriterion);
            } catch (SQLException e) {
                throw new WarehouseException("reading evaluations failed", e);
            }
        }
    }

    // --- the pieces ---

    private record Totals(long chats, double average, double criticalShare, String rubricVersion, String teamName) {}

    private static Totals totals(Connection connection, String condition, String value, YearMonth month)
            throws SQLException {
        String from = " from fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key"
                + " left join dim_team t on t.team_key = f.team_key join dim_rubric_version r on r.rubric_key = f.rubric_key"
                + " where " + condition + " and f.date_key between ? and ?";
        try (PreparedStatement query = statement(
                        connection,
                        "select count(*), avg(f.score),"
                                + " avg(case when f.critical_failure then 1.0 else 0.0 end), max(t.team_name)" + from,
                        List.of(value, first(month), last(month)));
                ResultSet row = query.executeQuery()) {
            row.next();
            long chats = row.getLong(1);
            if (chats == 0) {
                return new Totals(0, Double.NaN, Double.NaN, null, null);
            }
            List<String> versions = strings(
                    connection,
                    "select r.rubric_version" + from
                            + " group by r.rubric_version order by count(*) desc, r.rubric_version desc",
                    value,
                    first(month),
                    last(month));
            return new Totals(chats, row.getDouble(2), row.getDouble(3), versions.get(0), row.getString(4));
        }
    }

    private static List<MonthScore> trend(Connection connection, String condition, String value, YearMonth month)
            throws SQLException {
        YearMonth start = month.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, MonthScore> byMonth = new LinkedHashMap<>();
        for (YearMonth m = start; !m.isAfter(month); m = m.plusMonths(1)) {
            byMonth.put(m, new MonthScore(m, 0, Double.NaN));
        }
        try (PreparedStatement query = statement(
                        connection,
                        "select f.date_key / 100, count(*), avg(f.score)"
                                + " from fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key"
                                + " left join dim_team t on t.team_key = f.team_key where " + condition
                                + " and f.date_key between ? and ? group by f.date_key / 100",
                        List.of(value, first(start), last(month)));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int yearMonth = rows.getInt(1);
                YearMonth m = YearMonth.of(yearMonth / 100, yearMonth % 100);
                byMonth.put(m, new MonthScore(m, rows.getLong(2), rows.getDouble(3)));
            }
        }
        return List.copyOf(byMonth.values());
    }

    private static List<CriterionPassRate> passRates(
            Connection connection, String condition, String value, YearMonth month) throws SQLException {
        return passRates(connection, condition, List.of(value), first(month), last(month));
    }

    private static List<CriterionPassRate> passRates(
            Connection connection, String condition, List<Object> values, int firstDay, int lastDay)
            throws SQLException {
        List<Object> all = new ArrayList<>(values);
        all.add(firstDay);
        all.add(lastDay);
        Map<CriterionId, CriterionPassRate> rates = new EnumMap<>(CriterionId.class);
        try (PreparedStatement query = statement(
                        connection,
                        "select c.criterion_id, sum(f.assessed), sum(f.met),"
                                + " sum(f.partial), sum(f.not_met) from fact_criterion_result f"
                                + " join dim_criterion c on c.criterion_key = f.criterion_key join dim_agent a on a.agent_key = f.agent_key"
                                + " left join dim_team t on t.team_key = f.team_key where " + condition
                                + " and f.date_key between ? and ? group by c.criterion_id",
                        all);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                CriterionId criterion = CriterionId.valueOf(rows.getString(1));
                rates.put(
                        criterion,
                        new CriterionPassRate(
                                criterion, rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        return List.copyOf(rates.values());
    }

    /** One summary per agent with chats under the condition in the month; the team is that of most of its chats. */
    private static List<AgentMonthSummary> agentSummaries(
            Connection connection, String condition, Object value, YearMonth month) throws SQLException {
        String sql = "select a.agent_id, max(a.agent_name), max(t.team_id), max(t.team_name), count(*), avg(f.score),"
                + " avg(case when f.critical_failure then 1.0 else 0.0 end) from fact_chat_evaluation f"
                + " join dim_agent a on a.agent_key = f.agent_key left join dim_team t on t.team_key = f.team_key"
                + " where " + condition + " and f.date_key between ? and ? group by a.agent_id order by a.agent_id";
        List<Object> values = value == null ? new ArrayList<>() : new ArrayList<>(List.of(value));
        Map<String, Double> previous = new HashMap<>();
        List<Object> previousValues = new ArrayList<>(values);
        previousValues.add(first(month.minusMonths(1)));
        previousValues.add(last(month.minusMonths(1)));
        try (PreparedStatement query = statement(connection, sql, previousValues);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                previous.put(rows.getString(1), rows.getDouble(6));
            }
        }
        values.add(first(month));
        values.add(last(month));
        List<AgentMonthSummary> summaries = new ArrayList<>();
        try (PreparedStatement query = statement(connection, sql, values);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String agentId = rows.getString(1);
                double average = rows.getDouble(6);
                Double before = previous.get(agentId);
                summaries.add(new AgentMonthSummary(
                        month,
                        agentId,
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getLong(5),
                        average,
                        rows.getDouble(7),
                        before == null ? null : average - before,
                        weakest(passRates(connection, "a.agent_id = ?", agentId, month))));
            }
        }
        return summaries;
    }

    private static CriterionId weakest(List<CriterionPassRate> rates) {
        return rates.stream()
                .filter(rate -> rate.assessed() > 0)
                .min(Comparator.comparingDouble(CriterionPassRate::passRate)
                        .thenComparing(CriterionPassRate::criterion))
                .map(CriterionPassRate::criterion)
                .orElse(null);
    }

    /** The agent's criteria below the team's rate (or below 80% when the team has none), weakest first. */
    static List<CriterionId> workOnNext(List<CriterionPassRate> agent, List<CriterionPassRate> team) {
        Map<CriterionId, Double> teamRates = new EnumMap<>(CriterionId.class);
        team.forEach(rate -> teamRates.put(rate.criterion(), rate.passRate()));
        return agent.stream()
                .filter(rate -> rate.assessed() > 0)
                .filter(rate -> rate.passRate() < Math.min(0.8, teamRates.getOrDefault(rate.criterion(), 0.8))
                        || rate.passRate() < teamRates.getOrDefault(rate.criterion(), 0.0))
                .sorted(Comparator.comparingDouble(CriterionPassRate::passRate))
                .limit(3)
                .map(CriterionPassRate::criterion)
                .toList();
    }

    /** The month's lowest scores, each with its first failed criterion and the words behind it. */
    private static List<NotableChat> lowestScores(
            Connection connection, String condition, String value, YearMonth month) throws SQLException {
        List<NotableChat> chats = new ArrayList<>();
        try (PreparedStatement query = statement(
                        connection,
                        "select f.evaluation_id, f.date_key, f.external_id,"
                                + " a.agent_name, f.score from fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key"
                                + " left join dim_team t on t.team_key = f.team_key where " + condition
                                + " and f.date_key between ? and ? order by f.score, f.date_key, f.chat_id limit "
                                + NOTABLE,
                        List.of(value, first(month), last(month)));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String[] failed = firstResult(connection, rows.getLong(1), "NOT_MET");
                chats.add(new NotableChat(
                        day(rows.getInt(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getDouble(5),
                        failed[0],
                        failed[1]));
            }
        }
        return chats;
    }

    /** Chats of the month where the customer genuinely thanked the agent, with the customer's words. */
    private static List<NotableChat> customerThanks(
            Connection connection, String condition, String value, YearMonth month) throws SQLException {
        List<NotableChat> chats = new ArrayList<>();
        try (PreparedStatement query = statement(
                        connection,
                        "select f.evaluation_id, f.date_key, f.external_id,"
                                + " a.agent_name, f.score from fact_chat_evaluation f join dim_agent a on a.agent_key = f.agent_key"
                                + " left join dim_team t on t.team_key = f.team_key join fact_criterion_result r on r.chat_id = f.chat_id"
                                + " join dim_criterion c on c.criterion_key = r.criterion_key where " + condition
                                + " and f.date_key between ? and ? and c.criterion_id = 'CUSTOMER_APPRECIATION' and r.verdict = 'MET'"
                                + " order by f.score desc, f.date_key, f.chat_id limit " + NOTABLE,
                        List.of(value, first(month), last(month)));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String quote = quote(connection, rows.getLong(1), CriterionId.CUSTOMER_APPRECIATION.name());
                chats.add(new NotableChat(
                        day(rows.getInt(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getDouble(5),
                        CriterionId.CUSTOMER_APPRECIATION.name(),
                        quote));
            }
        }
        return chats;
    }

    /** The first criterion of the evaluation with this verdict (rubric order) and its first quote. */
    private static String[] firstResult(Connection connection, long evaluationId, String verdict) throws SQLException {
        List<String> criteria = ReadModel.criteriaWith(connection, evaluationId, verdict);
        Optional<CriterionId> first =
                criteria.stream().map(CriterionId::valueOf).min(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return new String[] {null, null};
        }
        return new String[] {
            first.get().name(), quote(connection, evaluationId, first.get().name())
        };
    }

    private static String quote(Connection connection, long evaluationId, String criterion) throws SQLException {
        Optional<String> evidence = ReadModel.evidence(connection, evaluationId, criterion);
        if (evidence.isEmpty()) {
            return null;
        }
        try {
            JsonNode items = JSON.readTree(evidence.get());
            return items.isArray() && !items.isEmpty()
                    ? items.get(0).path("quote").asText(null)
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String filterCondition(ExportFilter filter) {
        return filter.teamId() == null ? "1 = 1" : "t.team_id = ?";
    }

    private static Object filterValue(ExportFilter filter) {
        return filter.teamId();
    }

    private static PreparedStatement statement(Connection connection, String sql, List<?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object value : values) {
            if (value != null) {
                statement.setObject(index++, value);
            }
        }
        statement.setFetchSize(1000);
        return statement;
    }

    private static List<String> strings(Connection connection, String sql, Object... values) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement query = statement(connection, sql, List.of(values));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    static int first(YearMonth month) {
        return month.getYear() * 10000 + month.getMonthValue() * 100 + 1;
    }

    static int last(YearMonth month) {
        return month.getYear() * 10000 + month.getMonthValue() * 100 + month.lengthOfMonth();
    }

    private static LocalDate day(int dateKey) {
        return LocalDate.of(dateKey / 10000, dateKey / 100 % 100, dateKey % 100);
    }
}
