-- One work ledger for derived results replaces the outbox, the scoring states and the rescore items.
-- Findings are stored once (as rows), finding counts once (on the version), score totals as columns.
-- Native types: instants are datetimeoffset(7); JSON stays NVARCHAR(MAX).
CREATE TABLE derivations (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    kind NVARCHAR(100) NOT NULL,
    state NVARCHAR(20) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    due_at DATETIMEOFFSET(7) NOT NULL,
    claim_id NVARCHAR(64) NULL,
    run_id NVARCHAR(64) NULL,
    last_error NVARCHAR(2000) NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, kind)
);
CREATE INDEX ix_derivations_due ON derivations (due_at, agency_id, fiscal_year, version, kind) WHERE state IN (N'pending', N'running');
CREATE INDEX ix_derivations_claim ON derivations (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_derivations_run ON derivations (run_id) WHERE run_id IS NOT NULL;

INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, last_error, created_at, updated_at)
SELECT s.agency_id, s.fiscal_year, s.version, k.kind,
       CASE s.state WHEN N'scored' THEN N'done' WHEN N'failed' THEN N'failed' ELSE N'pending' END,
       0, CONVERT(DATETIMEOFFSET(7), s.updated_at, 127), s.reason, CONVERT(DATETIMEOFFSET(7), s.updated_at, 127), CONVERT(DATETIMEOFFSET(7), s.updated_at, 127)
FROM scoring_states s
CROSS JOIN (SELECT N'score:cn-mof-2013-dept-overall' AS kind UNION ALL SELECT N'score:cn-mof-2020-selfeval'
            UNION ALL SELECT N'yoy' UNION ALL SELECT N'yoy-next') k;

DROP TABLE scoring_states;
DROP TABLE outbox;
DROP TABLE rescore_items;

EXEC sp_rename N'rescore_runs.total', N'versions', N'COLUMN';
ALTER TABLE rescore_runs DROP COLUMN state, enqueued, updated_at;
ALTER TABLE rescore_runs ALTER COLUMN requested_at DATETIMEOFFSET(7) NOT NULL;

ALTER TABLE agencies ALTER COLUMN created_at DATETIMEOFFSET(7) NOT NULL;
ALTER TABLE api_keys ALTER COLUMN created_at DATETIMEOFFSET(7) NOT NULL;
ALTER TABLE api_keys ALTER COLUMN revoked_at DATETIMEOFFSET(7) NULL;

ALTER TABLE reports DROP COLUMN error_count, warning_count, info_count;
ALTER TABLE reports ALTER COLUMN created_at DATETIMEOFFSET(7) NOT NULL;
ALTER TABLE reports ALTER COLUMN updated_at DATETIMEOFFSET(7) NOT NULL;

ALTER TABLE report_versions DROP COLUMN findings;
ALTER TABLE report_versions ADD metrics NVARCHAR(MAX) NULL;
ALTER TABLE report_versions ALTER COLUMN created_at DATETIMEOFFSET(7) NOT NULL;
ALTER TABLE report_versions ALTER COLUMN submitted_at DATETIMEOFFSET(7) NULL;

ALTER TABLE score_results ADD total DECIMAL(38, 10) NULL, grade NVARCHAR(20) NULL;
ALTER TABLE score_results ALTER COLUMN computed_at DATETIMEOFFSET(7) NOT NULL;
EXEC (N'UPDATE score_results SET result = JSON_MODIFY(result, ''$.computedAt'', NULL),
    total = TRY_CONVERT(DECIMAL(38, 10), JSON_VALUE(result, ''$.total'')), grade = JSON_VALUE(result, ''$.grade'')');

ALTER TABLE yoy_results ALTER COLUMN computed_at DATETIMEOFFSET(7) NOT NULL;
UPDATE yoy_results SET result = JSON_MODIFY(JSON_MODIFY(result, '$.computedAt', NULL), '$.agencyId', NULL);

ALTER TABLE idempotency_keys ADD created BIT NOT NULL DEFAULT 0;
EXEC (N'UPDATE idempotency_keys SET created = CASE WHEN status_code = 201 THEN 1 ELSE 0 END');
ALTER TABLE idempotency_keys DROP COLUMN status_code, etag, location;
ALTER TABLE idempotency_keys ALTER COLUMN created_at DATETIMEOFFSET(7) NOT NULL;
