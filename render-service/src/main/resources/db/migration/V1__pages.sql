-- Every rendered version of every story's page. Readers get the newest version of a story; the older ones are
-- kept so that a version can be read back. The header columns feed PagePublished, topic indexes and feeds.
CREATE TABLE pages (
    id                 BIGSERIAL PRIMARY KEY,
    story_id           TEXT        NOT NULL,
    version            INT         NOT NULL,
    topic_slug         TEXT        NOT NULL,
    topic_name         TEXT        NOT NULL,
    slug               TEXT        NOT NULL,
    headline           TEXT        NOT NULL,
    summary            TEXT        NOT NULL,
    correction         BOOLEAN     NOT NULL,
    published_at       TIMESTAMPTZ NOT NULL,
    first_published_at TIMESTAMPTZ NOT NULL,
    html               TEXT        NOT NULL,
    rendered_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pages_story_version UNIQUE (story_id, version)
);

CREATE INDEX pages_address ON pages (topic_slug, slug);
CREATE INDEX pages_topic ON pages (topic_slug, first_published_at);
