-- RSS 2.0 and Atom feeds the service polls. next_poll_at is claimed (moved one interval on) by the instance that
-- polls the feed, under FOR UPDATE SKIP LOCKED, so several instances share the due feeds without polling one twice.
CREATE TABLE feeds (
    id                   UUID        PRIMARY KEY,
    url                  TEXT        NOT NULL,
    interval_seconds     INTEGER     NOT NULL CHECK (interval_seconds > 0),
    status               TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    next_poll_at         TIMESTAMPTZ NOT NULL,
    etag                 TEXT,
    last_modified        TEXT,
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    -- What the last poll did: FETCHED, NOT_MODIFIED or FAILED (with last_error), and what became of the items.
    last_polled_at       TIMESTAMPTZ,
    last_outcome         TEXT CHECK (last_outcome IN ('FETCHED', 'NOT_MODIFIED', 'FAILED')),
    last_error           TEXT,
    last_ingested        INTEGER     NOT NULL DEFAULT 0,
    last_updated         INTEGER     NOT NULL DEFAULT 0,
    last_duplicates      INTEGER     NOT NULL DEFAULT 0,
    last_rejected        INTEGER     NOT NULL DEFAULT 0,
    -- The refused items of the last poll and why, as JSON: [{"item": ..., "errors": [{"field", "message"}]}]
    last_rejections      TEXT        NOT NULL DEFAULT '[]',
    consecutive_failures INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT feeds_url_key UNIQUE (url)
);
CREATE INDEX feeds_due_idx ON feeds (next_poll_at) WHERE status = 'ACTIVE';
