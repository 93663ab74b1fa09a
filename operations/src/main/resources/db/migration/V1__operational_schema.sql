-- Operational tables: teams, agents, chats with their (redacted) messages, evaluations with criterion results
-- and evidence, ingestion runs, per-source watermarks and quarantined records.
-- Portable SQL: the same script runs on PostgreSQL and on H2 (MODE=PostgreSQL).

CREATE TABLE team (
    id           VARCHAR(64)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL
);

CREATE TABLE agent (
    id           VARCHAR(128) PRIMARY KEY,
    display_name VARCHAR(200),
    team_id      VARCHAR(64)  REFERENCES team (id)
);

CREATE SEQUENCE chat_seq INCREMENT BY 50;

CREATE TABLE chat (
    id                    BIGINT       PRIMARY KEY,
    source                VARCHAR(32)  NOT NULL,
    external_id           VARCHAR(200) NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    agent_id              VARCHAR(128) NOT NULL REFERENCES agent (id),
    -- the team the chat belongs to when it was taken (an agent may move later)
    team_id               VARCHAR(64)  REFERENCES team (id),
    customer_id           VARCHAR(200),
    customer_name         VARCHAR(200),
    started_at            TIMESTAMP WITH TIME ZONE,
    last_message_at       TIMESTAMP WITH TIME ZONE,
    message_count         INTEGER      NOT NULL,
    -- SHA-256 of the redacted content: an unchanged chat is not stored or graded again
    content_hash          VARCHAR(64)  NOT NULL,
    -- the source's own marker of a change (WHMCS: last reply date), to skip unchanged tickets cheaply
    source_change_key     VARCHAR(200),
    credentials_requested BOOLEAN      NOT NULL,
    credentials_supplied  BOOLEAN      NOT NULL,
    grading_state         VARCHAR(16)  NOT NULL,
    grading_attempts      INTEGER      NOT NULL,
    grading_error         VARCHAR(2000),
    first_ingested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_ingested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT chat_source_external_id UNIQUE (source, external_id)
);
CREATE INDEX chat_grading_state ON chat (grading_state);
CREATE INDEX chat_agent ON chat (agent_id);

CREATE TABLE chat_message (
    chat_id       BIGINT      NOT NULL REFERENCES chat (id),
    message_index INTEGER     NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    speaker       VARCHAR(16) NOT NULL,
    body          VARCHAR     NOT NULL,
    PRIMARY KEY (chat_id, message_index)
);

CREATE SEQUENCE evaluation_seq INCREMENT BY 50;

CREATE TABLE evaluation (
    id               BIGINT       PRIMARY KEY,
    chat_id          BIGINT       NOT NULL REFERENCES chat (id),
    rubric_version   VARCHAR(64)  NOT NULL,
    -- what was graded: the chat's status, length and content at that moment
    chat_status      VARCHAR(16)  NOT NULL,
    message_count    INTEGER      NOT NULL,
    content_hash     VARCHAR(64)  NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    score_before_cap DOUBLE PRECISION NOT NULL,
    critical_failure BOOLEAN      NOT NULL,
    reason           VARCHAR(32)  NOT NULL,
    evaluated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the latest evaluation of its chat; earlier ones stay as history
    is_current       BOOLEAN      NOT NULL
);
CREATE INDEX evaluation_chat ON evaluation (chat_id);
CREATE INDEX evaluation_current ON evaluation (is_current, evaluated_at);

CREATE TABLE criterion_result (
    evaluation_id BIGINT      NOT NULL REFERENCES evaluation (id),
    criterion     VARCHAR(40) NOT NULL,
    verdict       VARCHAR(20) NOT NULL,
    note          VARCHAR(2000),
    -- JSON array of {"message": index, "quote": words}
    evidence      VARCHAR     NOT NULL,
    PRIMARY KEY (evaluation_id, criterion)
);

CREATE TABLE profile_finding (
    evaluation_id     BIGINT      NOT NULL REFERENCES evaluation (id),
    customer_type     VARCHAR(20) NOT NULL,
    handling          VARCHAR(20) NOT NULL,
    note              VARCHAR(2000),
    signals           VARCHAR     NOT NULL,
    handling_evidence VARCHAR     NOT NULL,
    PRIMARY KEY (evaluation_id, customer_type)
);

CREATE TABLE source_state (
    source      VARCHAR(32) PRIMARY KEY,
    -- the source's own cursor: everything up to it has been stored
    watermark   VARCHAR(200),
    -- a lease instead of a lock held open: a node that dies mid-run lets the next one in when it expires
    lease_owner VARCHAR(200),
    lease_until TIMESTAMP WITH TIME ZONE,
    version     BIGINT      NOT NULL
);

CREATE SEQUENCE ingestion_run_seq INCREMENT BY 1;

CREATE TABLE ingestion_run (
    id             BIGINT      PRIMARY KEY,
    source         VARCHAR(32) NOT NULL,
    trigger_kind   VARCHAR(16) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(16) NOT NULL,
    watermark_from VARCHAR(200),
    watermark_to   VARCHAR(200),
    received       INTEGER     NOT NULL,
    accepted       INTEGER     NOT NULL,
    updated        INTEGER     NOT NULL,
    unchanged      INTEGER     NOT NULL,
    rejected       INTEGER     NOT NULL,
    retries        INTEGER     NOT NULL,
    failure        VARCHAR(2000)
);
CREATE INDEX ingestion_run_source ON ingestion_run (source, started_at);

CREATE SEQUENCE quarantined_record_seq INCREMENT BY 1;

CREATE TABLE quarantined_record (
    id              BIGINT       PRIMARY KEY,
    source          VARCHAR(32)  NOT NULL,
    run_id          BIGINT       REFERENCES ingestion_run (id),
    reference       VARCHAR(500),
    reason          VARCHAR(2000) NOT NULL,
    -- the record as received, after redaction
    payload         VARCHAR      NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX quarantined_record_state ON quarantined_record (state, source);
