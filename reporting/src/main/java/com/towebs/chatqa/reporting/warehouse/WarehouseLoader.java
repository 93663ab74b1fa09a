package com.towebs.chatqa.reporting.warehouse;

import com.towebs.chatqa.evaluation.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Loads the star schema from the operational tables, incrementally: each batch takes current evaluations that
 * the facts do not show yet (new chats, and chats graded again), replaces those chats' facts and commits. What
 * is missing is found by comparing, not by a watermark, so evaluations committed out of id order (two graders,
 * two nodes) are never skipped; a second load finds nothing to do; a crash rolls back the batch in flight and
 * the next load completes it. Loads never interleave: each batch locks the single load-state row first.
 */
public final class WarehouseLoader {

    /** Chats per transaction: small enough to keep each commit short, large enough to batch the inserts. */
    static final int DEFAULT_BATCH = 500;

    private final SqlTransactions transactions;
    private final ZoneId zone;
    private final Clock clock;
    private final int batch;

    /** @param zone ToWebs' time zone: a chat belongs to the day (and month) it started there */
    public WarehouseLoader(SqlTransactions transactions, ZoneId zone, Clock clock) {
        this(transactions, zone, clock, DEFAULT_BATCH);
    }

    WarehouseLoader(SqlTransactions transactions, ZoneId zone, Clock clock, int batch) {
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
        this.batch = batch;
    }

    /** Loads until the facts show every current evaluation; returns how many chats' facts were (re)written. */
    public long load() {
        long total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Long> loaded = transactions.inTransaction(connection -> loadBatch(connection, from));
            if (loaded.isEmpty()) {
                return total;
            }
            total += loaded.size();
            // keyset paging: each batch starts after the last chat of the one before, so a load reads the
            // evaluations once instead of once per batch; what is graded meanwhile below it waits for the next load
            after = loaded.get(loaded.size() - 1);
        }
    }

    /** Loads the next chats (by id, after {@code after}) whose facts are missing or stale; returns their ids. */
    List<Long> loadBatch(Connection connection, long after) throws SQLException {
        lockLoadState(connection);
        List<Long> chats = chatsToLoad(connection, after);
        if (chats.isEmpty()) {
            return chats;
        }
        String in = placeholders(chats.size());
        for (String fact : List.of("fact_criterion_result", "fact_chat_evaluation")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from " + fact + " where chat_id in " + in)) {
                bind(delete, chats);
                delete.executeUpdate();
            }
        }
        Dimensions dimensions = new Dimensions(connection);
        Map<Long, ChatFact> facts = currentEvaluations(connection, chats, in);
        addCustomerTypes(connection, facts);
        insertChatFacts(connection, facts.values(), dimensions);
        insertCriterionFacts(connection, facts, dimensions);
        try (PreparedStatement state = connection.prepareStatement(
                "update warehouse_load_state set loaded_at = ?, chats_loaded = chats_loaded + ? where id = 1")) {
            state.setTimestamp(1, Timestamp.from(clock.instant()));
            state.setLong(2, facts.size());
            state.executeUpdate();
        }
        return chats;
    }

    private static void lockLoadState(Connection connection) throws SQLException {
        try (PreparedStatement lock =
                        connection.prepareStatement("select id from warehouse_load_state where id = 1 for update");
                ResultSet ignored = lock.executeQuery()) {
            // held until the batch commits
        }
    }

    /**
     * The next chats after {@code after} whose current evaluation is not (yet) the one in the facts. Reads current
     * evaluations in chat order a page at a time and keeps those the facts do not show, so the cost grows with the
     * evaluations read, not with their square (an anti-join per batch rescanned every evaluation).
     */
    private List<Long> chatsToLoad(Connection connection, long after) throws SQLException {
        List<Long> missing = new ArrayList<>();
        long from = after;
        while (missing.isEmpty()) {
            Map<Long, Long> current = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("select e.chat_id, e.id from evaluation e"
                    + " where e.chat_id > ? and e.is_current order by e.chat_id limit " + batch)) {
                query.setLong(1, from);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        current.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            if (current.isEmpty()) {
                return missing;
            }
            List<Long> chats = List.copyOf(current.keySet());
            try (PreparedStatement facts = connection.prepareStatement("select chat_id, evaluation_id from"
                    + " fact_chat_evaluation where chat_id in " + placeholders(chats.size()))) {
                bind(facts, chats);
                try (ResultSet rows = facts.executeQuery()) {
                    while (rows.next()) {
                        if (current.get(rows.getLong(1)) == rows.getLong(2)) {
                            current.remove(rows.getLong(1));
                        }
                    }
                }
            }
            missing.addAll(current.keySet());
            from = chats.get(chats.size() - 1);
        }
        return missing;
    }

    private Map<Long, ChatFact> currentEvaluations(Connection connection, List<Long> chats, String in)
            throws SQLException {
        Map<Long, ChatFact> facts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select e.id, e.chat_id, e.rubric_version,"
                + " e.chat_status, e.message_count, e.score, e.score_before_cap, e.critical_failure, e.evaluated_at,"
                + " c.external_id, c.started_at, c.agent_id, a.display_name, c.team_id, t.name"
                + " from evaluation e join chat c on c.id = e.chat_id join agent a on a.id = c.agent_id"
                + " left join team t on t.id = c.team_id where e.is_current and e.chat_id in " + in)) {
            bind(query, chats);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant evaluatedAt = rows.getTimestamp(9).toInstant();
                    Timestamp started = rows.getTimestamp(11);
                    LocalDate day = (started == null ? evaluatedAt : started.toInstant())
                            .atZone(zone)
                            .toLocalDate();
                    ChatFact fact = new ChatFact(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getInt(5),
                            rows.getDouble(6),
                            rows.getDouble(7),
                            rows.getBoolean(8),
                            evaluatedAt,
                            rows.getString(10),
                            day,
                            rows.getString(12),
                            rows.getString(13),
                            rows.getString(14),
                            rows.getString(15));
                    facts.put(fact.evaluationId(), fact);
                }
            }
        }
        return facts;
    }

    private static void addCustomerTypes(Connection connection, Map<Long, ChatFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        List<Long> evaluations = List.copyOf(facts.keySet());
        try (PreparedStatement query =
                connection.prepareStatement("select evaluation_id, customer_type from profile_finding"
                        + " where evaluation_id in " + placeholders(evaluations.size()))) {
            bind(query, evaluations);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    facts.get(rows.getLong(1)).customerTypes().add(rows.getString(2));
                }
            }
        }
    }

    private static void insertChatFacts(Connection connection, Iterable<ChatFact> facts, Dimensions dimensions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into fact_chat_evaluation (chat_id,"
                + " evaluation_id, external_id, date_key, agent_key, team_key, rubric_key, chat_status, message_count,"
                + " score, score_before_cap, critical_failure, customer_types, evaluated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChatFact fact : facts) {
                insert.setLong(1, fact.chatId());
                insert.setLong(2, fact.evaluationId());
                insert.setString(3, fact.externalId());
                insert.setInt(4, dimensions.date(fact.day()));
                insert.setInt(5, dimensions.agent(fact.agentId(), fact.agentName(), fact.teamId(), fact.day()));
                setNullableInt(insert, 6, dimensions.team(fact.teamId(), fact.teamName()));
                insert.setInt(7, dimensions.rubric(fact.rubricVersion()));
                insert.setString(8, fact.status());
                insert.setInt(9, fact.messageCount());
                insert.setDouble(10, fact.score());
                insert.setDouble(11, fact.scoreBeforeCap());
                insert.setBoolean(12, fact.criticalFailure());
                insert.setString(13, String.join(",", new TreeSet<>(fact.customerTypes())));
                insert.setTimestamp(14, Timestamp.from(fact.evaluatedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertCriterionFacts(Connection connection, Map<Long, ChatFact> facts, Dimensions dimensions)
            throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        List<Long> evaluations = List.copyOf(facts.keySet());
        try (PreparedStatement query = connection.prepareStatement("select evaluation_id, criterion, verdict"
                        + " from criterion_result where evaluation_id in " + placeholders(evaluations.size()));
                PreparedStatement insert = connection.prepareStatement("insert into fact_criterion_result (chat_id,"
                        + " criterion_key, evaluation_id, date_key, agent_key, team_key, rubric_key, verdict, assessed, met,"
                        + " partial, not_met) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(query, evaluations);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ChatFact fact = facts.get(rows.getLong(1));
                    Verdict verdict = Verdict.valueOf(rows.getString(3));
                    insert.setLong(1, fact.chatId());
                    insert.setInt(2, dimensions.criterion(rows.getString(2)));
                    insert.setLong(3, fact.evaluationId());
                    insert.setInt(4, dimensions.date(fact.day()));
                    insert.setInt(5, dimensions.agent(fact.agentId(), fact.agentName(), fact.teamId(), fact.day()));
                    setNullableInt(insert, 6, dimensions.team(fact.teamId(), fact.teamName()));
                    insert.setInt(7, dimensions.rubric(fact.rubricVersion()));
                    insert.setString(8, verdict.name());
                    boolean assessed =
                            verdict == Verdict.MET || verdict == Verdict.PARTIAL || verdict == Verdict.NOT_MET;
                    insert.setShort(9, (short) (assessed ? 1 : 0));
                    insert.setShort(10, (short) (verdict == Verdict.MET ? 1 : 0));
                    insert.setShort(11, (short) (verdict == Verdict.PARTIAL ? 1 : 0));
                    insert.setShort(12, (short) (verdict == Verdict.NOT_MET ? 1 : 0));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static String placeholders(int count) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            joiner.add("?");
        }
        return joiner.toString();
    }

    static void bind(PreparedStatement statement, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setLong(i + 1, values.get(i));
        }
    }

    /** One current evaluation with what the facts need from its chat. */
    private record ChatFact(
            long evaluationId,
            long chatId,
            String rubricVersion,
            String status,
            int messageCount,
            double score,
            double scoreBeforeCap,
            boolean criticalFailure,
            Instant evaluatedAt,
            String externalId,
            LocalDate day,
            String agentId,
            String agentName,
            String teamId,
            String teamName,
            List<String> customerTypes) {
        ChatFact(
                long evaluationId,
                long chatId,
                String rubricVersion,
                String status,
                int messageCount,
                double score,
                double scoreBeforeCap,
                boolean criticalFailure,
                Instant evaluatedAt,
                String externalId,
                LocalDate day,
                String agentId,
                String agentName,
                String teamId,
                String teamName) {
            this(
                    evaluationId,
                    chatId,
                    rubricVersion,
                    status,
                    messageCount,
                    score,
                    scoreBeforeCap,
                    criticalFailure,
                    evaluatedAt,
                    externalId,
                    day,
                    agentId,
                    agentName,
                    teamId,
                    teamName,
                    new ArrayList<>());
        }
    }

    /** Dimension keys by natural key, inserting members on first sight; cached for one batch. */
    private static final class Dimensions {
        private final Connection connection;
        private final Map<LocalDate, Integer> dates = new HashMap<>();
        private final Map<String, Integer> teams = new HashMap<>();
        private final Map<String, Integer> agents = new HashMap<>();
        private final Map<Integer, LocalDate> validFrom = new HashMap<>();
        private final Map<String, Integer> criteria = new HashMap<>();
        private final Map<String, Integer> rubrics = new HashMap<>();

        Dimensions(Connection connection) {
            this.connection = connection;
        }

        int date(LocalDate day) throws SQLException {
            Integer key = dates.get(day);
            if (key == null) {
                key = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
                if (lookup("select date_key from dim_date where date_key = ?", key) == null) {
                    try (PreparedStatement insert = connection.prepareStatement("insert into dim_date (date_key,"
                            + " full_date, year_number, month_number, day_number, iso_week, day_of_week)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setInt(1, key);
                        insert.setObject(2, day);
                        insert.setInt(3, day.getYear());
                        insert.setInt(4, day.getMonthValue());
                        insert.setInt(5, day.getDayOfMonth());
                        insert.setInt(6, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                        insert.setInt(7, day.getDayOfWeek().getValue());
                        insert.executeUpdate();
                    }
                }
                dates.put(day, key);
            }
            return key;
        }

        Integer team(String teamId, String teamName) throws SQLException {
            if (teamId == null) {
                return null;
            }
            Integer key = teams.get(teamId);
            if (key == null) {
                key = lookup("select team_key from dim_team where team_id = ?", teamId);
                if (key == null) {
                    key = insertReturningKey(
                            "insert into dim_team (team_id, team_name) values (?, ?)",
                            "select team_key from dim_team where team_id = ?",
                            teamId,
                            teamId,
                            teamName == null ? teamId : teamName);
                }
                teams.put(teamId, key);
            }
            return key;
        }

        /**
         * The agent's version for the chat's team. A team seen for the first time opens a new version; the
         * versions' validity follows the days of their chats: the latest-starting one is current.
         */
        int agent(String agentId, String agentName, String teamId, LocalDate day) throws SQLException {
            String natural = agentId + "\u0000" + teamId;
            Integer key = agents.get(natural);
            if (key == null) {
                String find = teamId == null
                        ? "select agent_key, valid_from from dim_agent where agent_id = ? and team_id is null"
                        : "select agent_key, valid_from from dim_agent where agent_id = ? and team_id = ?";
                Object[] findParameters = teamId == null ? new Object[] {agentId} : new Object[] {agentId, teamId};
                key = lookup(find, findParameters);
                if (key == null) {
                    key = insertReturningKey(
                            "insert into dim_agent (agent_id, agent_name, team_id, valid_from, is_current)"
                                    + " values (?, ?, ?, ?, false)",
                            find,
                            findParameters,
                            agentId,
                            agentName,
                            teamId,
                            day);
                    renumberVersions(agentId);
                }
                agents.put(natural, key);
                validFrom.put(key, lookupDate("select valid_from from dim_agent where agent_key = ?", key));
            }
            if (day.isBefore(validFrom.get(key))) {
                // an older chat of this version arrived: the version starts earlier, its neighbours move
                try (PreparedStatement earlier =
                        connection.prepareStatement("update dim_agent set valid_from = ? where agent_key = ?")) {
                    earlier.setObject(1, day);
                    earlier.setInt(2, key);
                    earlier.executeUpdate();
                }
                validFrom.put(key, day);
                renumberVersions(agentId);
            }
            return key;
        }

        private LocalDate lookupDate(String sql, int key) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setInt(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getObject(1, LocalDate.class);
                }
            }
        }

        /** Each version is valid until the day before the next one starts; the last one is current. */
        void renumberVersions(String agentId) throws SQLException {
            List<Object[]> versions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select agent_key, valid_from from dim_agent where agent_id = ? order by valid_from, agent_key")) {
                query.setString(1, agentId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        versions.add(new Object[] {rows.getInt(1), rows.getObject(2, LocalDate.class)});
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update dim_agent set valid_to = ?, is_current = ? where agent_key = ?")) {
                for (int i = 0; i < versions.size(); i++) {
                    boolean last = i == versions.size() - 1;
                    update.setObject(
                            1, last ? null : ((LocalDate) versions.get(i + 1)[1]).minusDays(1), java.sql.Types.DATE);
                    update.setBoolean(2, last);
                    update.setInt(3, (Integer) versions.get(i)[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }

        int criterion(String criterionId) throws SQLException {
            Integer key = criteria.get(criterionId);
            if (key == null) {
                key = lookup("select criterion_key from dim_criterion where criterion_id = ?", criterionId);
                if (key == null) {
                    key = insertReturningKey(
                            "insert into dim_criterion (criterion_id) values (?)",
                            "select criterion_key from dim_criterion where criterion_id = ?",
                            criterionId,
                            criterionId);
                }
                criteria.put(criterionId, key);
            }
            return key;
        }

        int rubric(String version) throws SQLException {
            Integer key = rubrics.get(version);
            if (key == null) {
                key = lookup("select rubric_key from dim_rubric_version where rubric_version = ?", version);
                if (key == null) {
                    key = insertReturningKey(
                            "insert into dim_rubric_version (rubric_version) values (?)",
                            "select rubric_key from dim_rubric_version where rubric_version = ?",
                            version,
                            version);
                }
                rubrics.put(version, key);
            }
            return key;
        }

        private Integer lookup(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : null;
                }
            }
        }

        private int insertReturningKey(String insertSql, String lookupSql, Object lookupParameter, Object... values)
                throws SQLException {
            return insertReturningKey(insertSql, lookupSql, new Object[] {lookupParameter}, values);
        }

        private int insertReturningKey(String insertSql, String lookupSql, Object[] lookupParameters, Object... values)
                throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
            return lookup(lookupSql, lookupParameters);
        }
    }
}
