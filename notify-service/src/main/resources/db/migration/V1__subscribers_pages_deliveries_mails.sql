-- Readers who asked for mail. The address is stored lower-cased, so that one reader is one row.
CREATE TABLE subscribers (
    id              UUID PRIMARY KEY,
    email           TEXT        NOT NULL UNIQUE,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')),
    created_at      TIMESTAMPTZ NOT NULL,
    confirmed_at    TIMESTAMPTZ,
    unsubscribed_at TIMESTAMPTZ
);

-- The topics a subscriber wants; a topic stays PENDING until the subscriber confirms by the mailed link.
CREATE TABLE subscriptions (
    subscriber_id UUID        NOT NULL REFERENCES subscribers (id),
    topic_slug    TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subscriber_id, topic_slug)
);

CREATE INDEX subscriptions_active_by_topic ON subscriptions (topic_slug) WHERE status = 'ACTIVE';

-- Confirmation and unsubscribe tokens, only as SHA-256 hashes: a copy of the database cannot act for a reader.
CREATE TABLE subscriber_tokens (
    token_hash    BYTEA PRIMARY KEY,
    subscriber_id UUID        NOT NULL REFERENCES subscribers (id),
    purpose       TEXT        NOT NULL CHECK (purpose IN ('CONFIRM', 'UNSUBSCRIBE')),
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ
);

CREATE INDEX subscriber_tokens_by_subscriber ON subscriber_tokens (subscriber_id, purpose);
CREATE INDEX subscriber_tokens_expiry ON subscriber_tokens (expires_at) WHERE expires_at IS NOT NULL;

-- This service's copy of the pages render-service published: what a story mail says and links to.
CREATE TABLE pages (
    story_id     TEXT PRIMARY KEY,
    version      INT         NOT NULL,
    topic_slug   TEXT        NOT NULL,
    topic_name   TEXT        NOT NULL,
    slug         TEXT        NOT NULL,
    url          TEXT        NOT NULL,
    headline     TEXT        NOT NULL,
    summary      TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    withdrawn_at TIMESTAMPTZ
);

-- One story owed to one subscriber. The unique key is what keeps a subscriber from being mailed twice for a
-- story, whether its event is redelivered or a correction follows.
CREATE TABLE deliveries (
    id            UUID PRIMARY KEY,
    subscriber_id UUID        NOT NULL REFERENCES subscribers (id),
    story_id      TEXT        NOT NULL REFERENCES pages (story_id),
    version       INT         NOT NULL,
    topic_slug    TEXT        NOT NULL,
    channel       TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
    status        TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    created_at    TIMESTAMPTZ NOT NULL,
    completed_at  TIMESTAMPTZ,
    CONSTRAINT deliveries_once_per_story UNIQUE (subscriber_id, story_id)
);

-- Mails waiting for the dispatcher, written in the transaction that decided to send them. The text is composed
-- when it is sent, so that no token ever sits here in clear.
CREATE TABLE mails (
    id              BIGSERIAL PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('CONFIRMATION', 'STORY')),
    subscriber_id   UUID        NOT NULL REFERENCES subscribers (id),
    delivery_id     UUID REFERENCES deliveries (id),
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    CHECK ((kind = 'STORY') = (delivery_id IS NOT NULL))
);

CREATE INDEX mails_due ON mails (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX mails_by_subscriber ON mails (subscriber_id, kind) WHERE status = 'PENDING';
