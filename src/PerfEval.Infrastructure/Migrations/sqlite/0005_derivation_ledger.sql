-- One work ledger for derived results replaces the outbox, the scoring states and the rescore items.
-- Findings are stored once (as rows), finding counts once (on the version), score totals as columns.
-- SQLite has no instant or JSON column types: instants stay fixed-width ISO 8601 UTC text, JSON stays text.
CREATE TABLE derivations (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at TEXT NOT NULL,
    claim_id TEXT NULL,
    run_id TEXT NULL,
    last_error TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, kind)
);
CREATE INDEX ix_derivations_due ON derivations (due_at, agency_id, fiscal_year, version, kind) WHERE state IN ('pending', 'running');
CREATE INDEX ix_derivations_claim ON derivations (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_derivations_run ON derivations (run_id) WHERE run_id IS NOT NULL;

INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, last_error, created_at, updated_at)
SELECT s.agency_id, s.fiscal_year, s.version, k.kind,
       CASE s.state WHEN 'scored' THEN 'done' WHEN 'failed' THEN 'failed' ELSE 'pending' END,
       0, s.updated_at, s.reason, s.updated_at, s.updated_at
FROM scoring_states s
CROSS JOIN (SELECT 'score:cn-mof-2013-dept-overall' AS kind UNION ALL SELECT 'score:cn-mof-2020-selfeval'
            UNION ALL SELECT 'yoy' UNION ALL SELECT 'yoy-next') k;

DROP TABLE scoring_states;
DROP TABLE outbox;
DROP TABLE rescore_items;

ALTER TABLE rescore_runs RENAME COLUMN total TO versions;
ALTER TABLE rescore_runs DROP COLUMN state;
ALTER TABLE rescore_runs DROP COLUMN enqueued;
ALTER TABLE rescore_runs DROP COLUMN updated_at;

ALTER TABLE reports DROP COLUMN error_count;
ALTER TABLE reports DROP COLUMN warning_count;
ALTER TABLE reports DROP COLUMN info_count;

ALTER TABLE report_versions DROP COLUMN findings;
ALTER TABLE report_versions ADD COLUMN metrics TEXT NULL;

ALTER TABLE score_results ADD COLUMN total TEXT NULL;
ALTER TABLE score_results ADD COLUMN grade TEXT NULL;
UPDATE score_results SET result = json_remove(result, '$.computedAt'),
    total = CAST(json_extract(result, '$.total') AS TEXT), grade = json_extract(result, '$.grade');
UPDATE yoy_results SET result = json_remove(result, '$.computedAt', '$.agencyId');

ALTER TABLE idempotency_keys ADD COLUMN created INTEGER NOT NULL DEFAULT 0;
UPDATE idempotency_keys SET created = CASE WHEN status_code = 201 THEN 1 ELSE 0 END;
ALTER TABLE idempotency_keys DROP COLUMN status_code;
ALTER TABLE idempotency_keys DROP COLUMN etag;
ALTER TABLE idempotency_keys DROP COLUMN location;
