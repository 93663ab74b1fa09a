-- Rubric versions QA admins derive from the built-in one: the rubric's JSON (the form RubricLoader reads), who made
-- it from which version, and which one is active (at most one row; none means the configured/built-in rubric).
-- Portable SQL: the same script runs on PostgreSQL and on H2 (MODE=PostgreSQL).

CREATE TABLE rubric_version (
    version    VARCHAR(64)  PRIMARY KEY,
    title      VARCHAR(500),
    based_on   VARCHAR(64),
    -- the rubric as JSON (see RubricWriter)
    definition VARCHAR      NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    active     BOOLEAN      NOT NULL
);
