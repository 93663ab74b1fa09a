-- The pipeline from operations to reporting: an outbox of changes to evaluations, and the read model through
-- which reporting reads operational data. Reporting never reads the tables above; these views are the contract,
-- and a change to the tables keeps them answering the same columns.

-- The outbox. Every change to a chat's evaluation (a grading, a re-grading, an override, a dispute's outcome)
-- adds a row in the transaction that makes the change, so a change is in the outbox exactly when it happened.
-- Reporting's worker consumes the rows and loads the warehouse; rows are never changed.
CREATE SEQUENCE evaluation_change_seq INCREMENT BY 50;

CREATE TABLE evaluation_change (
    id            BIGINT      PRIMARY KEY,
    chat_id       BIGINT      NOT NULL REFERENCES chat (id),
    -- the chat's current evaluation after the change
    evaluation_id BIGINT      NOT NULL REFERENCES evaluation (id),
    -- GRADED (a new chat), REGRADED (changed chat or rubric), OVERRIDDEN, DISPUTE_DECIDED
    change_kind   VARCHAR(20) NOT NULL,
    -- when the change was made (the writing node's clock); a consumer treats rows older than the longest
    -- transaction as settled: none of that age can still commit
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluation_change_recorded ON evaluation_change (recorded_at, id);

-- Evaluations graded before the outbox existed: one change each, so the warehouse is loaded from it like any other.
INSERT INTO evaluation_change (id, chat_id, evaluation_id, change_kind, recorded_at)
SELECT nextval('evaluation_change_seq'), e.chat_id, e.id, 'GRADED', CURRENT_TIMESTAMP
FROM evaluation e WHERE e.is_current;

-- The read model: what reporting may read of operational data.

CREATE VIEW rm_evaluation_change AS
SELECT id AS change_id, chat_id, evaluation_id, change_kind, recorded_at
FROM evaluation_change;
COMMENT ON VIEW rm_evaluation_change IS
    'The outbox of changes to evaluations (change_kind GRADED, REGRADED, OVERRIDDEN or DISPUTE_DECIDED), each recorded in the transaction of its change.';

CREATE VIEW rm_current_evaluation AS
SELECT e.id AS evaluation_id, e.chat_id, c.external_id, c.started_at,
       c.agent_id, a.display_name AS agent_name, c.team_id, t.name AS team_name,
       e.rubric_version, e.chat_status, e.message_count, e.score, e.score_before_cap, e.critical_failure,
       e.evaluated_at
FROM evaluation e
JOIN chat c ON c.id = e.chat_id
JOIN agent a ON a.id = c.agent_id
LEFT JOIN team t ON t.id = c.team_id
WHERE e.is_current;
COMMENT ON VIEW rm_current_evaluation IS
    'Each chat''s current evaluation with what reports group it by: the chat''s start, its agent (display name may be null) and its team (may be null).';

CREATE VIEW rm_criterion_result AS
SELECT evaluation_id, criterion, verdict, evidence
FROM criterion_result;
COMMENT ON VIEW rm_criterion_result IS
    'The verdict of each criterion of every evaluation, current or not; evidence is a JSON array of {"message": index, "quote": words} (redacted text).';

CREATE VIEW rm_customer_type AS
SELECT evaluation_id, customer_type
FROM profile_finding;
COMMENT ON VIEW rm_customer_type IS
    'The difficult-customer types an evaluation found in its chat.';
