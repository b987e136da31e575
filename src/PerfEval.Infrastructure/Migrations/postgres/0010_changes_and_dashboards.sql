-- The change feed and the dashboard facts. Sequence values commit out of order under concurrency, so each change
-- also records the id of the transaction that wrote it (commit_position); the feed serves only rows of
-- transactions older than every transaction still running (pg_snapshot_xmin), ordered by (commit_position, seq).
CREATE TABLE changes (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commit_position bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX ix_changes_position ON changes (commit_position, seq);
CREATE INDEX ix_changes_agency ON changes (agency_id, seq);

-- One row per agency and fiscal year (a report or a roster entry), kept by the `dashboard` derivation.
CREATE TABLE dashboard_facts (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NULL,
    workflow_state TEXT NULL,
    publication_status TEXT NULL,
    score numeric NULL,
    grade TEXT NULL,
    self_score numeric NULL,
    score_difference numeric NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    findings_by_rule TEXT NOT NULL,
    metrics TEXT NOT NULL,
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_dashboard_facts_year ON dashboard_facts (fiscal_year);
