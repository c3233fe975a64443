-- A source whose text nearly duplicates an earlier one's is stored linked to it.
ALTER TABLE sources ADD COLUMN near_duplicate_of UUID REFERENCES sources (id);
ALTER TABLE sources ADD COLUMN near_duplicate_similarity DOUBLE PRECISION
    CHECK (near_duplicate_similarity IS NULL OR near_duplicate_similarity BETWEEN 0 AND 1);
CREATE INDEX sources_near_duplicate_of_idx ON sources (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;

-- The MinHash signature of each source's current version (hash values as big-endian 64-bit integers) ...
CREATE TABLE source_signatures (
    source_id UUID  PRIMARY KEY REFERENCES sources (id),
    signature BYTEA NOT NULL
);

-- ... and its LSH band hashes: a new text's candidates are the sources sharing one of its (band, hash) pairs.
CREATE TABLE source_signature_bands (
    source_id UUID    NOT NULL REFERENCES sources (id),
    band      INTEGER NOT NULL,
    band_hash BIGINT  NOT NULL,
    PRIMARY KEY (source_id, band)
);
CREATE INDEX source_signature_bands_lookup_idx ON source_signature_bands (band, band_hash);
