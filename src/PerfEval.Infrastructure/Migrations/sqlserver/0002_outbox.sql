CREATE TABLE outbox (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    kind NVARCHAR(200) NOT NULL,
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    created_at NVARCHAR(200) NOT NULL,
    claimed_until NVARCHAR(200) NULL,
    dispatched_at NVARCHAR(200) NULL,
    attempts INT NOT NULL DEFAULT 0,
    last_error NVARCHAR(4000) NULL
);
CREATE INDEX ix_outbox_pending ON outbox (dispatched_at, id);
