-- Monthly reports as they were handed out: once a month closes, each team's and agent's report is generated once
-- and kept, so a manager who downloads it again later gets the same document.
CREATE TABLE report_archive (
    report_kind  VARCHAR(10)  NOT NULL,            -- TEAM or AGENT
    subject_id   VARCHAR(128) NOT NULL,            -- team id or agent id
    period       VARCHAR(7)   NOT NULL,            -- yyyy-MM
    language     VARCHAR(16)  NOT NULL,            -- es-AR, en
    pdf          BYTEA        NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_kind, subject_id, period, language)
);
