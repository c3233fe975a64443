-- Wakes the mail senders of every instance when a transaction that queued mails commits (eventing's
-- DatabaseSignals, function prism_signal from V0_4__database_signals); their dispatch interval is only the fallback.
CREATE TRIGGER mails_queued AFTER INSERT ON mails
    FOR EACH STATEMENT EXECUTE FUNCTION prism_signal('prism_mails');
