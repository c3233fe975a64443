-- What a story mail shows of the page's coverage: how many outlets and viewpoints, and the perspective bar (each
-- group's name and whole-percent share, in the page's order).
ALTER TABLE pages
    ADD COLUMN outlets            INT    NOT NULL DEFAULT 0,
    ADD COLUMN viewpoints         INT    NOT NULL DEFAULT 0,
    ADD COLUMN perspective_names  TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN perspective_shares INT[]  NOT NULL DEFAULT '{}';

-- A correction the editor chose to tell readers about (with its note), or a retraction (version: the page version
-- withdrawn). The notice mails say what their row says, however many newer versions follow.
CREATE TABLE page_notices (
    story_id   TEXT        NOT NULL REFERENCES pages (story_id),
    kind       TEXT        NOT NULL CHECK (kind IN ('CORRECTION', 'RETRACTION')),
    version    INT         NOT NULL,
    note       TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story_id, kind, version)
);

-- Notice mails go to the readers whose story mail was sent; they belong to that delivery and to one notice.
ALTER TABLE mails
    DROP CONSTRAINT mails_kind_check,
    DROP CONSTRAINT mails_check,
    ADD COLUMN notice_version INT,
    ADD CONSTRAINT mails_kind_check CHECK (kind IN ('CONFIRMATION', 'STORY', 'CORRECTION', 'RETRACTION')),
    ADD CONSTRAINT mails_delivery_check CHECK ((kind = 'CONFIRMATION') = (delivery_id IS NULL)),
    ADD CONSTRAINT mails_notice_check CHECK ((kind IN ('CORRECTION', 'RETRACTION')) = (notice_version IS NOT NULL));

-- A reader is told of one correction or one retraction once, however often its event arrives.
CREATE UNIQUE INDEX mails_notice_once ON mails (delivery_id, kind, notice_version) WHERE notice_version IS NOT NULL;
