package com.towebs.chatqa.reporting.warehouse;

import com.towebs.chatqa.evaluation.Verdict;
import com.towebs.chatqa.reporting.warehouse.ReadModel.CurrentEvaluation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the star schema from operations' outbox of changes to evaluations (the read model's
 * {@code rm_evaluation_change}): each batch takes changes it has not loaded yet, replaces their chats' facts with the
 * chats' current evaluations and remembers the changes as loaded, in one transaction. So a second load finds nothing
 * to do, a chat graded again replaces its facts, and a crash rolls back the batch in flight for the next load to
 * complete. Which changes are loaded is remembered by id, not by a position in the outbox: changes committed out of
 * order (two graders, two nodes, an override during a grading pass) are never skipped. The ids are forgotten once
 * no transaction still open can commit a change recorded before them ({@code settle}, longer than any transaction
 * lasts). Loads never interleave: each batch locks the single load-state row first.
 */
public final class WarehouseLoader {

    /** Changes per transaction: small enough to keep each commit short, large enough to batch the inserts. */
    static final int DEFAULT_BATCH = 500;
    /** Batches' worth of changes read at once. */
    private static final int CHUNK_BATCHES = 40;
    /**
     * How long a change may take from its recording to its commit: more than the server's transaction timeout (five
     * minutes) and the clocks' difference between the nodes.
     */
    static final Duration DEFAULT_SETTLE = Duration.ofMinutes(15);

    /** Changes waiting to be loaded: gradings, and changes people made (overrides, dispute outcomes). */
    public record Backlog(long gradings, long byPeople) {}

    private final SqlTransactions transactions;
    private final ZoneId zone;
    private final Clock clock;
    private final int batch;
    private final Duration settle;

    /** @param zone ToWebs' time zone: a chat belongs to the day (and month) it started there */
    public WarehouseLoader(SqlTransactions transactions, ZoneId zone, Clock clock) {
        this(transactions, zone, clock, DEFAULT_BATCH, DEFAULT_SETTLE);
    }

    WarehouseLoader(SqlTransactions transactions, ZoneId zone, Clock clock, int batch, Duration settle) {
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
        this.batch = batch;
        this.settle = settle;
    }

    /** What waits to be loaded. */
    public Backlog backlog() {
        return transactions.inTransaction(connection -> {
            long gradings = 0;
            long byPeople = 0;
            try (PreparedStatement query = connection.prepareStatement("select c.change_kind, count(*) from "
                    + ReadModel.CHANGES + " c where c.recorded_at > ? and " + NOT_LOADED + " group by c.change_kind")) {
                query.setTimestamp(1, Timestamp.from(settledUntil(connection)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (ReadModel.GRADINGS.contains(rows.getString(1))) {
                            gradings += rows.getLong(2);
                        } else {
                            byPeople += rows.getLong(2);
                        }
                    }
                }
            }
            return new Backlog(gradings, byPeople);
        });
    }

    /** Loads every change not loaded yet; returns how many chats' facts were (re)written. */
    public long load() {
        long total = 0;
        Pass pass = new Pass();
        while (true) {
            Batch done = transactions.inTransaction(connection -> loadBatch(connection, pass));
            total += done.chats();
            if (done.last()) {
                return total;
            }
        }
    }

    /** A change of the outbox not loaded yet. */
    private record Change(long id, long chatId, Timestamp recordedAt) {}

    /** What a batch did; the last one found nothing more to load. */
    private record Batch(int chats, boolean last) {}

    /**
     * One load's way through the outbox: the changes read but not loaded yet, and the recording time the next read
     * starts from. Changes are read a chunk at a time (many batches' worth), because an ordered read through a view
     * costs the rows after its start whatever its limit; each batch takes its changes from the chunk.
     */
    private static final class Pass {
        final Deque<Change> read = new ArrayDeque<>();
        Instant from;
    }

    private static final String NOT_LOADED =
            "not exists (select 1 from warehouse_loaded_change w where w.change_id = c.change_id)";

    /**
     * Loads the pass's next changes, reading the next chunk when the pass has none; when the outbox has no more, settles
     * what is old enough and is the last.
     */
    private Batch loadBatch(Connection connection, Pass pass) throws SQLException {
        lockLoadState(connection);
        Instant settled = settledUntil(connection);
        if (pass.read.isEmpty()) {
            pass.read.addAll(notLoaded(connection, pass.from, settled));
            if (pass.read.isEmpty()) {
                settle(connection, settled);
                return new Batch(0, true);
            }
        }
        List<Change> changes = new ArrayList<>();
        while (changes.size() < batch && !pass.read.isEmpty()) {
            changes.add(pass.read.poll());
        }
        pass.from = changes.get(changes.size() - 1).recordedAt().toInstant();
        // another load (another node) may have loaded some since they were read
        Set<Long> loadedMeanwhile = loaded(connection, changes);
        changes.removeIf(change -> loadedMeanwhile.contains(change.id()));
        Set<Long> chats = new LinkedHashSet<>();
        changes.forEach(change -> chats.add(change.chatId()));
        if (!chats.isEmpty()) {
            replaceFacts(connection, chats);
            try (PreparedStatement loaded = connection.prepareStatement(
                    "insert into warehouse_loaded_change (change_id, recorded_at) values (?, ?)")) {
                for (Change change : changes) {
                    loaded.setLong(1, change.id());
                    loaded.setTimestamp(2, change.recordedAt());
                    loaded.addBatch();
                }
                loaded.executeBatch();
            }
            try (PreparedStatement state = connection.prepareStatement(
                    "update warehouse_load_state set loaded_at = ?, chats_loaded = chats_loaded + ? where id = 1")) {
                state.setTimestamp(1, Timestamp.from(clock.instant()));
                state.setLong(2, chats.size());
                state.executeUpdate();
            }
        }
        return new Batch(chats.size(), false);
    }

    /**
     * The next chunk of changes not loaded, oldest first: from the pass's last one on (the changes there loaded
     * already drop out), or, at the start of a load, after what is settled.
     */
    private List<Change> notLoaded(Connection connection, Instant from, Instant settled) throws SQLException {
        boolean fromLastRead = from != null && from.isAfter(settled);
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select c.change_id, c.chat_id, c.recorded_at from "
                + ReadModel.CHANGES + " c where c.recorded_at " + (fromLastRead ? ">=" : ">") + " ? and " + NOT_LOADED
                + " order by c.recorded_at, c.change_id limit " + batch * CHUNK_BATCHES)) {
            query.setTimestamp(1, Timestamp.from(fromLastRead ? from : settled));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getLong(2), rows.getTimestamp(3)));
                }
            }
        }
        return changes;
    }

    /** Which of these changes are loaded already. */
    private static Set<Long> loaded(Connection connection, List<Change> changes) throws SQLException {
        List<Long> ids = changes.stream().map(Change::id).toList();
        Set<Long> loaded = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select change_id from warehouse_loaded_change where change_id in " + Sql.placeholders(ids.size()))) {
            Sql.bind(query, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    loaded.add(rows.getLong(1));
                }
            }
        }
        return loaded;
    }

    private static void lockLoadState(Connection connection) throws SQLException {
        try (PreparedStatement lock =
                        connection.prepareStatement("select id from warehouse_load_state where id = 1 for update");
                ResultSet ignored = lock.executeQuery()) {
            // held until the batch commits
        }
    }

    private static Instant settledUntil(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select settled_until from warehouse_load_state where id = 1");
                ResultSet row = query.executeQuery()) {
            Timestamp settled = row.next() ? row.getTimestamp(1) : null;
            return settled == null ? Instant.EPOCH : settled.toInstant();
        }
    }

    /**
     * Every change visible now is loaded (the caller just loaded the last ones): the changes recorded before
     * {@code settle} ago are all committed by now, so they need no remembering.
     */
    private void settle(Connection connection, Instant before) throws SQLException {
        Instant settled = clock.instant().minus(settle);
        if (!settled.isAfter(before)) {
            return;
        }
        try (PreparedStatement state =
                connection.prepareStatement("update warehouse_load_state set settled_until = ? where id = 1")) {
            state.setTimestamp(1, Timestamp.from(settled));
            state.executeUpdate();
        }
        try (PreparedStatement forget =
                connection.prepareStatement("delete from warehouse_loaded_change where recorded_at <= ?")) {
            forget.setTimestamp(1, Timestamp.from(settled));
            forget.executeUpdate();
        }
    }

    /** Replaces these chats' facts with their current evaluations. */
    private void replaceFacts(Connection connection, Set<Long> chats) throws SQLException {
        String in = Sql.placeholders(chats.size());
        for (String fact : List.of("fact_criterion_result", "fact_chat_evaluation")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from " + fact + " where chat_id in " + in)) {
                Sql.bind(delete, chats);
                delete.executeUpdate();
            }
        }
        Map<Long, ChatFact> facts = new HashMap<>();
        for (CurrentEvaluation evaluation :
                ReadModel.currentEvaluations(connection, chats).values()) {
            Instant started = evaluation.startedAt() == null ? evaluation.evaluatedAt() : evaluation.startedAt();
            facts.put(
                    evaluation.evaluationId(),
                    new ChatFact(evaluation, started.atZone(zone).toLocalDate(), new ArrayList<>()));
        }
        if (facts.isEmpty()) {
            return;
        }
        ReadModel.customerTypes(connection, facts.keySet())
                .forEach((evaluation, types) ->
                        facts.get(evaluation).customerTypes().addAll(types));
        Dimensions dimensions = new Dimensions(connection);
        insertChatFacts(connection, facts.values(), dimensions);
        insertCriterionFacts(connection, facts, dimensions);
    }

    private static void insertChatFacts(Connection connection, Iterable<ChatFact> facts, Dimensions dimensions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into fact_chat_evaluation (chat_id,"
                + " evaluation_id, external_id, date_key, agent_key, team_key, rubric_key, chat_status, message_count,"
                + " score, score_before_cap, critical_failure, customer_types, evaluated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChatFact fact : facts) {
                CurrentEvaluation evaluation = fact.evaluation();
                insert.setLong(1, evaluation.chatId());
                insert.setLong(2, evaluation.evaluationId());
                insert.setString(3, evaluation.externalId());
                insert.setInt(4, dimensions.date(fact.day()));
                insert.setInt(5, dimensions.agent(fact));
                setNullableInt(insert, 6, dimensions.team(evaluation.teamId(), evaluation.teamName()));
                insert.setInt(7, dimensions.rubric(evaluation.rubricVersion()));
                insert.setString(8, evaluation.chatStatus());
                insert.setInt(9, evaluation.messageCount());
                insert.setDouble(10, evaluation.score());
                insert.setDouble(11, evaluation.scoreBeforeCap());
                insert.setBoolean(12, evaluation.criticalFailure());
                insert.setString(13, String.join(",", new TreeSet<>(fact.customerTypes())));
                insert.setTimestamp(14, Timestamp.from(evaluation.evaluatedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertCriterionFacts(Connection connection, Map<Long, ChatFact> facts, Dimensions dimensions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into fact_criterion_result (chat_id,"
                + " criterion_key, evaluation_id, date_key, agent_key, team_key, rubric_key, verdict, assessed, met,"
                + " partial, not_met) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReadModel.Verdict result : ReadModel.verdicts(connection, facts.keySet())) {
                ChatFact fact = facts.get(result.evaluationId());
                CurrentEvaluation evaluation = fact.evaluation();
                Verdict verdict = Verdict.valueOf(result.verdict());
                insert.setLong(1, evaluation.chatId());
                insert.setInt(2, dimensions.criterion(result.criterion()));
                insert.setLong(3, evaluation.evaluationId());
                insert.setInt(4, dimensions.date(fact.day()));
                insert.setInt(5, dimensions.agent(fact));
                setNullableInt(insert, 6, dimensions.team(evaluation.teamId(), evaluation.teamName()));
                insert.setInt(7, dimensions.rubric(evaluation.rubricVersion()));
                insert.setString(8, verdict.name());
                boolean assessed = verdict == Verdict.MET || verdict == Verdict.PARTIAL || verdict == Verdict.NOT_MET;
                insert.setShort(9, (short) (assessed ? 1 : 0));
                insert.setShort(10, (short) (verdict == Verdict.MET ? 1 : 0));
                insert.setShort(11, (short) (verdict == Verdict.PARTIAL ? 1 : 0));
                insert.setShort(12, (short) (verdict == Verdict.NOT_MET ? 1 : 0));
                insert.addBatch();
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

    /** One current evaluation, the day its chat belongs to and the customer types it found. */
    private record ChatFact(CurrentEvaluation evaluation, LocalDate day, List<String> customerTypes) {}

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
        int agent(ChatFact fact) throws SQLException {
            return agent(
                    fact.evaluation().agentId(),
                    fact.evaluation().agentName(),
                    fact.evaluation().teamId(),
                    fact.day());
        }

        private int agent(String agentId, String agentName, String teamId, LocalDate day) throws SQLException {
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
