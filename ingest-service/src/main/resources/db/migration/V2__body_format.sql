-- The format the body was sent in; the body column always holds the plain text made of it.
ALTER TABLE sources ADD COLUMN body_format TEXT NOT NULL DEFAULT 'TEXT'
    CONSTRAINT sources_body_format_check CHECK (body_format IN ('TEXT', 'MARKDOWN', 'HTML'));
