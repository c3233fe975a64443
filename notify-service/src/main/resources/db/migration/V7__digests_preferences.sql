-- What a digest lists: the stories that first came out in its period (not their latest corrections).
ALTER TABLE pages ADD COLUMN first_published_at TIMESTAMPTZ;
UPDATE pages SET first_published_at = published_at;
ALTER TABLE pages ALTER COLUMN first_published_at SET NOT NULL;
CREATE INDEX pages_by_topic_first_published ON pages (topic_slug, first_published_at);

-- When a reader's digests go out, in the reader's own time zone (an IANA id): every day at digest_time, or every
-- week on digest_weekday (ISO: 1 = Monday) at digest_time.
ALTER TABLE subscribers ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE subscribers ADD COLUMN digest_time TIME NOT NULL DEFAULT '08:00';
ALTER TABLE subscribers ADD COLUMN digest_weekday SMALLINT NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7);

-- Per topic: a mail per story, or a digest. A digest subscription's open period runs from digest_since to
-- digest_due_at; the scheduler picks it up once digest_due_at has passed.
ALTER TABLE subscriptions ADD COLUMN frequency TEXT NOT NULL DEFAULT 'EACH_STORY'
    CHECK (frequency IN ('EACH_STORY', 'DAILY', 'WEEKLY'));
ALTER TABLE subscriptions ADD COLUMN digest_since TIMESTAMPTZ;
ALTER TABLE subscriptions ADD COLUMN digest_due_at TIMESTAMPTZ;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_digest_period
    CHECK ((frequency = 'EACH_STORY') = (digest_due_at IS NULL) AND (digest_since IS NULL) = (digest_due_at IS NULL));
CREATE INDEX subscriptions_digests_due ON subscriptions (digest_due_at) WHERE digest_due_at IS NOT NULL;

-- One row per digest period that ended, written in the transaction that queued its mail (none when nothing was new):
-- the unique key is what keeps a reader from getting two digests for one period, across restarts and instances.
CREATE TABLE digests (
    id            UUID PRIMARY KEY,
    subscriber_id UUID        NOT NULL REFERENCES subscribers (id),
    topic_slug    TEXT        NOT NULL,
    frequency     TEXT        NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    period_start  TIMESTAMPTZ NOT NULL,
    period_end    TIMESTAMPTZ NOT NULL,
    stories       INT         NOT NULL,
    mail_id       BIGINT UNIQUE REFERENCES mails (id),
    created_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT digests_once_per_period UNIQUE (subscriber_id, topic_slug, period_start),
    CHECK (period_end > period_start)
);

-- Digest mails belong to a digest (digests.mail_id), not to a delivery.
ALTER TABLE mails
    DROP CONSTRAINT mails_kind_check,
    DROP CONSTRAINT mails_delivery_check,
    ADD CONSTRAINT mails_kind_check
        CHECK (kind IN ('CONFIRMATION', 'STORY', 'CORRECTION', 'RETRACTION', 'DIGEST')),
    ADD CONSTRAINT mails_delivery_check CHECK ((kind IN ('CONFIRMATION', 'DIGEST')) = (delivery_id IS NULL));

-- The link to the preferences page that every mail carries.
ALTER TABLE subscriber_tokens DROP CONSTRAINT subscriber_tokens_purpose_check;
ALTER TABLE subscriber_tokens ADD CONSTRAINT subscriber_tokens_purpose_check
    CHECK (purpose IN ('CONFIRM', 'UNSUBSCRIBE', 'PREFERENCES'));
