-- What the test handler did: one row per handled event.
CREATE TABLE effects (
    event_id TEXT NOT NULL,
    title    TEXT NOT NULL
);
