-- The story service's own copy of what ingest-service took in (from ingest.sources.v1), enough to cite a
-- source by its id and to show editors what it says. Never read from ingest-service's database.
CREATE TABLE sources (
    source_id    TEXT        PRIMARY KEY,
    outlet       TEXT        NOT NULL,
    url          TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    published_at TIMESTAMPTZ,
    language     TEXT,
    ingested_at  TIMESTAMPTZ NOT NULL,
    excerpt      TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
