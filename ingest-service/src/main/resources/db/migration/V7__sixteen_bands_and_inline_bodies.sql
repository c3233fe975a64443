-- Near-duplicate look-ups now use 16 bands of 4 values instead of 32: a band's hash depends only on its own values
-- and position, so the stored rows of bands 0-15 stay valid and those of bands 16-31 are no longer read.
DELETE FROM source_signature_bands WHERE band >= 16;

-- Rows up to a page are kept inline and uncompressed: compressing every ~2 KB body on insert cost more CPU than the
-- disk it saved. Larger bodies are still compressed and moved out of line.
ALTER TABLE sources SET (toast_tuple_target = 8160);
ALTER TABLE source_versions SET (toast_tuple_target = 8160);
