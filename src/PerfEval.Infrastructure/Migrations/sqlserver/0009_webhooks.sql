-- Webhooks: subscriptions of platform clients (admin and region keys), an outbox of events written in the same
-- transaction as the change that raised them (unique per event key, so a repeat of the change adds nothing), and one
-- delivery row per event and subscription, claimed with a lease by the workers.
-- The payload stays NVARCHAR(MAX): it is signed and sent exactly as stored.
CREATE TABLE webhook_subscriptions (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    owner_key_id NVARCHAR(200) NOT NULL,
    region_prefix NVARCHAR(400) NULL,
    url NVARCHAR(2000) NOT NULL,
    secret NVARCHAR(1000) NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    deleted_at DATETIMEOFFSET(7) NULL
);
CREATE INDEX ix_webhook_subscriptions_owner ON webhook_subscriptions (owner_key_id);

CREATE TABLE webhook_subscription_events (
    subscription_id NVARCHAR(64) NOT NULL REFERENCES webhook_subscriptions (id),
    event_type NVARCHAR(100) NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);
CREATE INDEX ix_webhook_subscription_events_type ON webhook_subscription_events (event_type);

CREATE TABLE webhook_events (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    event_key NVARCHAR(450) NOT NULL,
    type NVARCHAR(100) NOT NULL,
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    payload NVARCHAR(MAX) NOT NULL,
    occurred_at DATETIMEOFFSET(7) NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_events_key ON webhook_events (event_key);

CREATE TABLE webhook_deliveries (
    id BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    event_id NVARCHAR(64) NOT NULL REFERENCES webhook_events (id),
    subscription_id NVARCHAR(64) NOT NULL REFERENCES webhook_subscriptions (id),
    state NVARCHAR(20) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    due_at DATETIMEOFFSET(7) NOT NULL,
    claim_id NVARCHAR(64) NULL,
    last_status_code INT NULL,
    last_error NVARCHAR(2000) NULL,
    delivered_at DATETIMEOFFSET(7) NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_deliveries_event ON webhook_deliveries (event_id, subscription_id);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (due_at, id) WHERE state IN (N'pending', N'sending');
CREATE INDEX ix_webhook_deliveries_claim ON webhook_deliveries (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id);
