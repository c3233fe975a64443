-- Placing a source reads only the sources that share one of its keys (cluster.KeyIndex), instead of every
-- unassigned source of the window, and weighs terms by how many sources use them (cluster.TermStatistics).
-- V6 (a Java migration, cluster.KeysForExistingSources) fills both for the sources already here.

-- A source's keys: the terms that weigh most in it when it arrives. Read by term within a time window, the most
-- recent first; the time is the source's own (published, else ingested), as sources_by_time.
CREATE TABLE candidate_keys (
    term        TEXT        NOT NULL,
    source_time TIMESTAMPTZ NOT NULL,
    source_id   TEXT        NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (term, source_time, source_id)
);

-- How many sources use each term. A placement adds to one slot that no other running placement holds, so that
-- unrelated placements never wait for each other's rows; a term's count is the sum over its slots.
CREATE TABLE candidate_term_counts (
    term      TEXT     NOT NULL,
    slot      SMALLINT NOT NULL,
    documents BIGINT   NOT NULL,
    PRIMARY KEY (term, slot)
);

-- How many sources the term counts are out of, by slot as well.
CREATE TABLE candidate_document_counts (
    slot      SMALLINT PRIMARY KEY,
    documents BIGINT   NOT NULL
);

-- A near-duplicate copy of a report (SourceIngested.nearDuplicateOf) is kept with its original's candidate as part
-- of that report: never a report of its own, never a link between candidates.
ALTER TABLE candidate_members ADD COLUMN copy_of TEXT REFERENCES sources (source_id);
