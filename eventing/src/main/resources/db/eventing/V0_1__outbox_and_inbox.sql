-- Shared by every Prism service: its events wait here until the relay has sent them,
-- and the ids of the events it has handled are kept so that a redelivery changes nothing.
CREATE TABLE outbox (
    id           BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    event_source TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    traceparent  TEXT        NOT NULL,
    payload      BYTEA       NOT NULL,
    sent_at      TIMESTAMPTZ
);

CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    consumer_group TEXT        NOT NULL,
    event_id       TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    processed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, event_id)
);
