-- Endpoints that get signed story events (Standard Webhooks). The secret must be kept in clear, not hashed: every
-- delivery is signed with it. After a rotation the previous secret signs too until previous_secret_until.
CREATE TABLE webhooks (
    id                    UUID PRIMARY KEY,
    url                   TEXT        NOT NULL,
    topics                TEXT[]      NOT NULL,
    event_types           TEXT[]      NOT NULL CHECK (cardinality(event_types) > 0),
    status                TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'DISABLED')),
    disabled_reason       TEXT,
    secret                TEXT        NOT NULL,
    previous_secret       TEXT,
    previous_secret_until TIMESTAMPTZ,
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'DISABLED') = (disabled_reason IS NOT NULL))
);

-- One event owed to one webhook. The id is the webhook-id header and the CloudEvent id, the same on every attempt,
-- so that receivers can drop repeats; the body is fixed when the event is taken in. The unique key keeps a
-- redelivered Kafka event from being owed twice.
CREATE TABLE webhook_deliveries (
    id              UUID PRIMARY KEY,
    webhook_id      UUID        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    source_event_id TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    story_id        TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    last_status     INT,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    -- The batch a sender took the delivery in (see mails.claim): settled only while that claim stands.
    claim           UUID,
    created_at      TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    CONSTRAINT webhook_deliveries_once_per_event UNIQUE (webhook_id, source_event_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at DESC);

-- Wakes the webhook senders of every instance when a transaction that queued deliveries commits.
CREATE TRIGGER webhook_deliveries_queued AFTER INSERT ON webhook_deliveries
    FOR EACH STATEMENT EXECUTE FUNCTION prism_signal('prism_webhooks');
