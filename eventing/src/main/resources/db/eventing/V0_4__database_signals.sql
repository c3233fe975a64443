-- One trigger function for every table whose writes wake threads waiting in the services (eventing's
-- DatabaseSignals): it notifies the channel named by the trigger's argument. PostgreSQL delivers the notification
-- only on commit, once per transaction and channel, to every session listening on it, in every instance.
CREATE FUNCTION prism_signal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;

DROP TRIGGER outbox_written ON outbox;
CREATE TRIGGER outbox_written AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION prism_signal('prism_outbox');
DROP FUNCTION prism_outbox_written();
