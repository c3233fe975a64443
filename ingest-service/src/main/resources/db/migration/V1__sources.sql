-- Every source the service took in, cleaned. The two UNIQUE constraints are the exact-duplicate layers:
-- two concurrent intakes of one article end in one row, whichever of them the database lets through.
CREATE TABLE sources (
    id            UUID        PRIMARY KEY,
    outlet        TEXT        NOT NULL,
    submitted_url TEXT        NOT NULL,
    canonical_url TEXT        NOT NULL,
    title         TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    published_at  TIMESTAMPTZ,
    language      TEXT,
    word_count    INTEGER     NOT NULL CHECK (word_count >= 0),
    content_hash  CHAR(64)    NOT NULL,
    channel       TEXT        NOT NULL,
    submitted_by  TEXT        NOT NULL,
    ingested_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT sources_canonical_url_key UNIQUE (canonical_url),
    CONSTRAINT sources_content_hash_key UNIQUE (content_hash)
);
