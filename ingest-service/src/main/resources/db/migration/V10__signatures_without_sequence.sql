-- Intakes no longer go one at a time under a global lock, so signature numbers would not become visible in order:
-- an intake looks its candidates up under the locks of its own bands instead (DecisionLocks), and the numbers go.
DROP INDEX source_signatures_seq_idx;
ALTER TABLE source_signatures DROP COLUMN seq;
