-- Wakes the outbox relays when a transaction that wrote events commits: PostgreSQL delivers a notification only
-- on commit, once per transaction, to every session listening on the channel, in every instance of the service.
CREATE FUNCTION prism_outbox_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('prism_outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_written AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION prism_outbox_written();
