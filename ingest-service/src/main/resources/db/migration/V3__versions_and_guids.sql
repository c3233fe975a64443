-- A source can have versions: a ninjs document or feed item sent again under its uri/guid with a newer version
-- time. The sources row holds the current version; source_versions keeps every version, the first included.
ALTER TABLE sources ADD COLUMN version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE sources ADD COLUMN version_created TIMESTAMPTZ;
ALTER TABLE sources ADD COLUMN updated_at      TIMESTAMPTZ;
ALTER TABLE sources ADD COLUMN byline          TEXT;
ALTER TABLE sources ADD COLUMN subjects        TEXT[] NOT NULL DEFAULT '{}';

CREATE TABLE source_versions (
    source_id       UUID        NOT NULL REFERENCES sources (id),
    version         INTEGER     NOT NULL CHECK (version >= 1),
    outlet          TEXT        NOT NULL,
    submitted_url   TEXT        NOT NULL,
    canonical_url   TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    body_format     TEXT        NOT NULL,
    published_at    TIMESTAMPTZ,
    language        TEXT,
    word_count      INTEGER     NOT NULL,
    content_hash    CHAR(64)    NOT NULL,
    byline          TEXT,
    subjects        TEXT[]      NOT NULL,
    version_created TIMESTAMPTZ,
    channel         TEXT        NOT NULL,
    submitted_by    TEXT        NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_id, version)
);

-- The exact-duplicate layers look here, so that an earlier version's address or text is still recognised.
CREATE INDEX source_versions_canonical_url_idx ON source_versions (canonical_url);
CREATE INDEX source_versions_content_hash_idx ON source_versions (content_hash);

INSERT INTO source_versions (source_id, version, outlet, submitted_url, canonical_url, title, body, body_format,
                             published_at, language, word_count, content_hash, byline, subjects, version_created,
                             channel, submitted_by, ingested_at)
SELECT id, version, outlet, submitted_url, canonical_url, title, body, body_format, published_at, language,
       word_count, content_hash, byline, subjects, version_created, channel, submitted_by, ingested_at
FROM sources;

-- The publisher's identifier of a source: 'ninjs:' || uri, or 'feed:' || feed id || ':' || item guid.
-- version_created is that of the newest version taken in under it.
CREATE TABLE source_guids (
    guid            TEXT        PRIMARY KEY,
    source_id       UUID        NOT NULL REFERENCES sources (id),
    version_created TIMESTAMPTZ
);
CREATE INDEX source_guids_source_id_idx ON source_guids (source_id);
