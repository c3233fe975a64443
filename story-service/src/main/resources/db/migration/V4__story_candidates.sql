-- Sources cited by a story (by sourceId) are "assigned": taken up by an editor, no longer offered as candidates.
CREATE TABLE source_assignments (
    source_id   TEXT        NOT NULL REFERENCES sources (source_id),
    story_id    UUID        NOT NULL REFERENCES stories (id),
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_id, story_id)
);

-- Stories written before this migration have assigned their sources, too.
INSERT INTO source_assignments (source_id, story_id, assigned_at)
SELECT DISTINCT cited.value ->> 'sourceId', s.id, s.updated_at
FROM stories s, jsonb_array_elements(s.content -> 'sources') AS cited
WHERE cited.value ->> 'sourceId' IN (SELECT source_id FROM sources);

-- Story candidates: groups of sources that look like reports of the same event. A source belongs to at most one
-- group; groups are formed and merged as sources arrive (cluster.CandidateClusters).
CREATE TABLE candidate_clusters (
    id         UUID        PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE candidate_members (
    source_id  TEXT        PRIMARY KEY REFERENCES sources (source_id),
    cluster_id UUID        NOT NULL REFERENCES candidate_clusters (id),
    joined_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX candidate_members_by_cluster ON candidate_members (cluster_id);

-- A source's time is when its outlet published it, or else when it was ingested: the window of sources a new one
-- is compared with is taken on it.
CREATE INDEX sources_by_time ON sources ((coalesce(published_at, ingested_at)));
