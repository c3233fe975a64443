-- A band's hash already depends on the band's position (Signature.bandHashes starts each from its band number), so
-- the hash alone finds a band; a hash index on it is about half as costly to write and to probe as the btree on
-- (band, band_hash, source_id) that it replaces, and each source writes 16 of these rows.
DROP INDEX source_signature_bands_lookup_idx;
ALTER TABLE source_signature_bands DROP COLUMN band;
CREATE INDEX source_signature_bands_hash_idx ON source_signature_bands USING hash (band_hash);
