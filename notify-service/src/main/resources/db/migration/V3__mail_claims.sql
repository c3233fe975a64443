-- The batch a sender took a mail in. A sender claims due mails for a lease (next_attempt_at is pushed to the lease's
-- end) and sends each only while its claim still stands, so that a mail whose lease ran out and was claimed again
-- by another sender is not sent by both; mails of a sender that died are due again when the lease ends.
ALTER TABLE mails ADD COLUMN claim UUID;
