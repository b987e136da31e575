-- Webhooks: subscriptions of platform clients (admin and region keys), an outbox of events written in the same
-- transaction as the change that raised them (unique per event key, so a repeat of the change adds nothing), and one
-- delivery row per event and subscription, claimed with a lease by the workers.
-- Instants and other types are the dialect's own (see the tokens). The payload stays text: it is signed and sent exactly as stored.
CREATE TABLE webhook_subscriptions (
    id TEXT NOT NULL PRIMARY KEY,
    owner_key_id TEXT NOT NULL,
    region_prefix TEXT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at {instant} NOT NULL,
    deleted_at {instant} NULL
);
CREATE INDEX ix_webhook_subscriptions_owner ON webhook_subscriptions (owner_key_id);

CREATE TABLE webhook_subscription_events (
    subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id),
    event_type TEXT NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);
CREATE INDEX ix_webhook_subscription_events_type ON webhook_subscription_events (event_type);

CREATE TABLE webhook_events (
    id TEXT NOT NULL PRIMARY KEY,
    event_key TEXT NOT NULL,
    type TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    occurred_at {instant} NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_events_key ON webhook_events (event_key);

CREATE TABLE webhook_deliveries (
    id {identity},
    event_id TEXT NOT NULL REFERENCES webhook_events (id),
    subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id),
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at {instant} NOT NULL,
    claim_id TEXT NULL,
    last_status_code INTEGER NULL,
    last_error TEXT NULL,
    delivered_at {instant} NULL,
    created_at {instant} NOT NULL,
    updated_at {instant} NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_deliveries_event ON webhook_deliveries (event_id, subscription_id);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (due_at, id) WHERE state IN ('pending', 'sending');
CREATE INDEX ix_webhook_deliveries_claim ON webhook_deliveries (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ix_webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id);
