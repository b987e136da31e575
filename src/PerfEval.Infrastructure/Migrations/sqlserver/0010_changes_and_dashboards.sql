-- The change feed and the dashboard facts. Identity values commit out of order under concurrency, so each change
-- carries a rowversion (commit_position); the feed serves only rows below MIN_ACTIVE_ROWVERSION(), ordered by
-- (commit_position, seq).
CREATE TABLE changes (
    seq BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    commit_position ROWVERSION NOT NULL,
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    kind NVARCHAR(40) NOT NULL,
    detail NVARCHAR(MAX) NOT NULL,
    at DATETIMEOFFSET(7) NOT NULL
);
CREATE INDEX ix_changes_position ON changes (commit_position, seq);
CREATE INDEX ix_changes_agency ON changes (agency_id, seq);

CREATE TABLE dashboard_facts (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NULL,
    workflow_state NVARCHAR(20) NULL,
    publication_status NVARCHAR(30) NULL,
    score DECIMAL(38, 10) NULL,
    grade NVARCHAR(20) NULL,
    self_score DECIMAL(38, 10) NULL,
    score_difference DECIMAL(38, 10) NULL,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    info_count INT NOT NULL,
    findings_by_rule NVARCHAR(MAX) NOT NULL,
    metrics NVARCHAR(MAX) NOT NULL,
    computed_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_dashboard_facts_year ON dashboard_facts (fiscal_year);
