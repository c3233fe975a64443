-- A story is edited as one JSON document (the anatomy of story-anatomy.md); the columns beside it are what
-- the workflow and the URLs need. Status values: DRAFT, IN_REVIEW, APPROVED (later states are added by code).
CREATE TABLE stories (
    id                 UUID        PRIMARY KEY,
    status             TEXT        NOT NULL,
    topic_slug         TEXT        NOT NULL,
    topic_name         TEXT        NOT NULL,
    slug               TEXT        NOT NULL,
    author             TEXT        NOT NULL,
    last_editor        TEXT        NOT NULL,
    revision           INTEGER     NOT NULL,
    content            JSONB       NOT NULL,
    current_version    INTEGER,
    first_published_at TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT stories_slug_unique_in_topic UNIQUE (topic_slug, slug)
);

-- Every approved version, never changed: the first publication is version 1, each correction the next one.
CREATE TABLE story_versions (
    story_id             UUID        NOT NULL REFERENCES stories (id),
    version              INTEGER     NOT NULL CHECK (version >= 1),
    slug                 TEXT        NOT NULL,
    content              JSONB       NOT NULL,
    reading_time_minutes INTEGER     NOT NULL,
    approved_by          TEXT        NOT NULL,
    approved_at          TIMESTAMPTZ NOT NULL,
    correction_note      TEXT,
    PRIMARY KEY (story_id, version)
);

-- Who did what to a story in review: submissions and approvals now, rejections (with the reviewer's comment)
-- and retractions later.
CREATE TABLE review_actions (
    id        BIGSERIAL   PRIMARY KEY,
    story_id  UUID        NOT NULL REFERENCES stories (id),
    action    TEXT        NOT NULL,
    actor     TEXT        NOT NULL,
    revision  INTEGER     NOT NULL,
    version   INTEGER,
    comment   TEXT,
    acted_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX review_actions_by_story ON review_actions (story_id, id);
