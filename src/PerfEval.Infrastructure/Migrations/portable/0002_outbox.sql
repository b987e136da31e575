CREATE TABLE outbox (
    id {identity},
    kind TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    claimed_until TEXT NULL,
    dispatched_at TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL
);
CREATE INDEX ix_outbox_pending ON outbox (dispatched_at, id);
