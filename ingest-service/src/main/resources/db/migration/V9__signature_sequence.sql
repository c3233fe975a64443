-- Each stored or replaced signature takes the next number, so that an intake can look up its candidates before the
-- decision lock and, under it, read only the signatures stored since. Intakes store signatures only while holding
-- that lock and commit before releasing it, so numbers become visible in order.
CREATE SEQUENCE source_signatures_seq;
ALTER TABLE source_signatures ADD COLUMN seq BIGINT NOT NULL DEFAULT nextval('source_signatures_seq');
ALTER SEQUENCE source_signatures_seq OWNED BY source_signatures.seq;
CREATE INDEX source_signatures_seq_idx ON source_signatures (seq);
