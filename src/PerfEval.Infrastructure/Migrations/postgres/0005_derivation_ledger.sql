-- One work ledger for derived results replaces the outbox, the scoring states and the rescore items.
-- Findings are stored once (as rows), finding counts once (on the version), score totals as columns.
-- Native types: instants are timestamptz, stored JSON is jsonb — except the document itself, kept as text exactly as sent.
CREATE TABLE derivations (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at timestamptz NOT NULL,
    claim_id TEXT NULL,
    run_id TEXT NULL,
    last_error TEXT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, kind)
);
CREATE INDEX ix_derivations_due ON derivations (due_at, agency_id, fiscal_year, version, kind) WHERE state IN ('pending', 'running');
CREATE INDEX ix_derivations_claim ON derivations (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_derivations_run ON derivations (run_id) WHERE run_id IS NOT NULL;

INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, last_error, created_at, updated_at)
SELECT s.agency_id, s.fiscal_year, s.version, k.kind,
       CASE s.state WHEN 'scored' THEN 'done' WHEN 'failed' THEN 'failed' ELSE 'pending' END,
       0, s.updated_at::timestamptz, s.reason, s.updated_at::timestamptz, s.updated_at::timestamptz
FROM scoring_states s
CROSS JOIN (SELECT 'score:cn-mof-2013-dept-overall' AS kind UNION ALL SELECT 'score:cn-mof-2020-selfeval'
            UNION ALL SELECT 'yoy' UNION ALL SELECT 'yoy-next') k;

DROP TABLE scoring_states;
DROP TABLE outbox;
DROP TABLE rescore_items;

ALTER TABLE rescore_runs RENAME COLUMN total TO versions;
ALTER TABLE rescore_runs DROP COLUMN state, DROP COLUMN enqueued, DROP COLUMN updated_at,
    ALTER COLUMN requested_at TYPE timestamptz USING requested_at::timestamptz;

ALTER TABLE agencies ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE api_keys ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz,
    ALTER COLUMN revoked_at TYPE timestamptz USING revoked_at::timestamptz;

ALTER TABLE reports DROP COLUMN error_count, DROP COLUMN warning_count, DROP COLUMN info_count,
    ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz,
    ALTER COLUMN updated_at TYPE timestamptz USING updated_at::timestamptz;

ALTER TABLE report_versions DROP COLUMN findings, ADD COLUMN metrics jsonb NULL,
    ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz,
    ALTER COLUMN submitted_at TYPE timestamptz USING submitted_at::timestamptz;

ALTER TABLE report_findings ALTER COLUMN body TYPE jsonb USING body::jsonb;

ALTER TABLE score_results ALTER COLUMN result TYPE jsonb USING (result::jsonb - 'computedAt'),
    ALTER COLUMN computed_at TYPE timestamptz USING computed_at::timestamptz,
    ADD COLUMN total numeric NULL, ADD COLUMN grade TEXT NULL;
UPDATE score_results SET total = (result ->> 'total')::numeric, grade = result ->> 'grade';

ALTER TABLE yoy_results ALTER COLUMN result TYPE jsonb USING (result::jsonb - 'computedAt' - 'agencyId'),
    ALTER COLUMN computed_at TYPE timestamptz USING computed_at::timestamptz;

ALTER TABLE idempotency_keys ADD COLUMN created boolean NOT NULL DEFAULT false,
    ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
UPDATE idempotency_keys SET created = (status_code = 201);
ALTER TABLE idempotency_keys DROP COLUMN status_code, DROP COLUMN etag, DROP COLUMN location;
