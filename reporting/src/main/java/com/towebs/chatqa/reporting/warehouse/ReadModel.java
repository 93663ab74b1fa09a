package com.towebs.chatqa.reporting.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operational data as reporting reads it: only through the read model, the {@code rm_} views that operations'
 * migrations own and document (V6). Reporting never names an operational table, so operations may change its
 * tables as long as the views answer the same columns.
 */
final class ReadModel {

    /** The changes' view, for the loader's query of what it has not loaded yet. */
    static final String CHANGES = "rm_evaluation_change";
    /** The kinds of change the grader makes; the others are people's (an override, a dispute's outcome). */
    static final Set<String> GRADINGS = Set.of("GRADED", "REGRADED");

    private ReadModel() {}

    /** A chat's current evaluation with what the facts need from its chat, agent and team. */
    record CurrentEvaluation(
            long evaluationId,
            long chatId,
            String externalId,
            Instant startedAt,
            String agentId,
            String agentName,
            String teamId,
            String teamName,
            String rubricVersion,
            String chatStatus,
            int messageCount,
            double score,
            double scoreBeforeCap,
            boolean criticalFailure,
            Instant evaluatedAt) {}

    /** One criterion's verdict in an evaluation. */
    record Verdict(long evaluationId, String criterion, String verdict) {}

    /** The current evaluations of these chats, by evaluation id. */
    static Map<Long, CurrentEvaluation> currentEvaluations(Connection connection, Collection<Long> chatIds)
            throws SQLException {
        Map<Long, CurrentEvaluation> current = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select evaluation_id, chat_id, external_id,"
                + " started_at, agent_id, agent_name, team_id, team_name, rubric_version, chat_status, message_count,"
                + " score, score_before_cap, critical_failure, evaluated_at from rm_current_evaluation"
                + " where chat_id in " + Sql.placeholders(chatIds.size()))) {
            Sql.bind(query, chatIds);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp started = rows.getTimestamp(4);
                    CurrentEvaluation evaluation = new CurrentEvaluation(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            started == null ? null : started.toInstant(),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10),
                            rows.getInt(11),
                            rows.getDouble(12),
                            rows.getDouble(13),
                            rows.getBoolean(14),
                            rows.getTimestamp(15).toInstant());
                    current.put(evaluation.evaluationId(), evaluation);
                }
            }
        }
        return current;
    }

    /** The customer types each of these evaluations found, by evaluation id. */
    static Map<Long, List<String>> customerTypes(Connection connection, Collection<Long> evaluationIds)
            throws SQLException {
        Map<Long, List<String>> types = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select evaluation_id, customer_type"
                + " from rm_customer_type where evaluation_id in " + Sql.placeholders(evaluationIds.size()))) {
            Sql.bind(query, evaluationIds);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return types;
    }

    /** Every verdict of these evaluations. */
    static List<Verdict> verdicts(Connection connection, Collection<Long> evaluationIds) throws SQLException {
        List<Verdict> verdicts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select evaluation_id, criterion, verdict"
                + " from rm_criterion_result where evaluation_id in " + Sql.placeholders(evaluationIds.size()))) {
            Sql.bind(query, evaluationIds);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    verdicts.add(new Verdict(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return verdicts;
    }

    /** The criteria of the evaluation that got this verdict, in no particular order. */
    static List<String> criteriaWith(Connection connection, long evaluationId, String verdict) throws SQLException {
        List<String> criteria = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select criterion from rm_criterion_result where evaluation_id = ? and verdict = ?")) {
            query.setLong(1, evaluationId);
            query.setString(2, verdict);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    criteria.add(rows.getString(1));
                }
            }
        }
        return criteria;
    }

    /** The evidence (a JSON array of message and quote) the evaluation gave for the criterion. */
    static Optional<String> evidence(Connection connection, long evaluationId, String criterion) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select evidence from rm_criterion_result where evaluation_id = ? and criterion = ?")) {
            query.setLong(1, evaluationId);
            query.setString(2, criterion);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
