CREATE TABLE outbox (
    id {identity},
    kind {key} NOT NULL,
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at {short} NOT NULL,
    claimed_until {short} NULL,
    dispatched_at {short} NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error {text} NULL
);
CREATE INDEX ix_outbox_pending ON outbox (dispatched_at, id);
