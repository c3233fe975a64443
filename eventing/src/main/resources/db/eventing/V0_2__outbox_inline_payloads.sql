-- Outbox rows up to a page are kept inline and uncompressed: every event is written once and read once, so
-- compressing a ~2 KB payload on insert cost more CPU than the disk it saved. Larger payloads are still compressed.
ALTER TABLE outbox SET (toast_tuple_target = 8160);
