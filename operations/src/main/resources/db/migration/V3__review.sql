-- What people add to the automatic grades: agents dispute verdicts, managers decide and override them. Both are
-- audit trails: rows are added and decided, never deleted.

CREATE SEQUENCE dispute_seq INCREMENT BY 1;

CREATE TABLE dispute (
    id            BIGINT        PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL REFERENCES evaluation (id),
    chat_id       BIGINT        NOT NULL REFERENCES chat (id),
    criterion     VARCHAR(40)   NOT NULL,
    agent_id      VARCHAR(128)  NOT NULL,
    comment       VARCHAR(2000) NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- OPEN, UPHELD or REJECTED
    state         VARCHAR(16)   NOT NULL,
    decided_by    VARCHAR(200),
    decision      VARCHAR(2000),
    decided_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dispute_chat ON dispute (chat_id);
CREATE INDEX dispute_state ON dispute (state, opened_at);

CREATE SEQUENCE verdict_override_seq INCREMENT BY 1;

-- A manager's change of one verdict: the evaluation it changed, the evaluation it produced (the new current one,
-- reason MANUAL), who, when, why and what it did to the score.
CREATE TABLE verdict_override (
    id                BIGINT        PRIMARY KEY,
    chat_id           BIGINT        NOT NULL REFERENCES chat (id),
    evaluation_id     BIGINT        NOT NULL REFERENCES evaluation (id),
    new_evaluation_id BIGINT        NOT NULL REFERENCES evaluation (id),
    criterion         VARCHAR(40)   NOT NULL,
    from_verdict      VARCHAR(20)   NOT NULL,
    to_verdict        VARCHAR(20)   NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    overridden_by     VARCHAR(200)  NOT NULL,
    overridden_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    score_before      DOUBLE PRECISION NOT NULL,
    score_after       DOUBLE PRECISION NOT NULL
);
CREATE INDEX verdict_override_chat ON verdict_override (chat_id);
