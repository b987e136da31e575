-- The change feed and the dashboard facts. SQLite runs one write transaction at a time, so change ids are
-- allocated in commit order and the sequence itself is the feed's position.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ix_changes_agency ON changes (agency_id, seq);

-- One row per agency and fiscal year (a report or a roster entry), kept by the `dashboard` derivation.
CREATE TABLE dashboard_facts (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NULL,
    workflow_state TEXT NULL,
    publication_status TEXT NULL,
    score TEXT NULL,
    grade TEXT NULL,
    self_score TEXT NULL,
    score_difference TEXT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    findings_by_rule TEXT NOT NULL,
    metrics TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_dashboard_facts_year ON dashboard_facts (fiscal_year);
