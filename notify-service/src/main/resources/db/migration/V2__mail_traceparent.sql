-- The trace a queued mail belongs to (the request or event that caused it), so that its SMTP send joins that trace.
ALTER TABLE mails ADD COLUMN traceparent TEXT;
