-- The TF-IDF vector each report was placed by (cluster.TermVector: weighed by the frequencies of that moment, of
-- length 1, in single precision), so that a placement reads its neighbours' vectors instead of finding their terms
-- again in their texts and reading the frequencies of all of them. V9 (a Java migration,
-- cluster.VectorsForExistingSources) gives the sources already here theirs.

-- In step: terms[i] weighs weights[i].
CREATE TABLE candidate_vectors (
    source_id TEXT   PRIMARY KEY REFERENCES sources (source_id),
    terms     TEXT[] NOT NULL,
    weights   REAL[] NOT NULL
);
