-- Each source writes 32 band rows per version, so every index and check on them is paid 32 times. The rows are only
-- ever written together with the source's signature (whose foreign key already ties it to the source), looked up by
-- band and hash, and replaced by naming the old rows' band and hash too; so one index serves all of it.
ALTER TABLE source_signature_bands DROP CONSTRAINT source_signature_bands_source_id_fkey;
ALTER TABLE source_signature_bands DROP CONSTRAINT source_signature_bands_pkey;
DROP INDEX source_signature_bands_lookup_idx;
CREATE INDEX source_signature_bands_lookup_idx ON source_signature_bands (band, band_hash, source_id);
