-- What the desk reads: stories newest first, and the copy of the sources searched by their words.

-- Stories are listed newest first, a page after the other (story.StoryListing); created_at never changes, so a
-- story never moves between pages while they are read.
CREATE INDEX stories_newest_first ON stories (created_at DESC, id DESC);

-- The words of a story's headline, dek and byline, for the list's text filter.
ALTER TABLE stories ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(content ->> 'headline', '')), 'A') ||
    setweight(to_tsvector('english', coalesce(content ->> 'dek', '')), 'B') ||
    setweight(to_tsvector('english', coalesce(content ->> 'byline', '')), 'C')) STORED;
CREATE INDEX stories_search ON stories USING GIN (search);

-- The words of a source's title (weighing most) and excerpt, for source.SourceSearch.
ALTER TABLE sources ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B')) STORED;
CREATE INDEX sources_search ON sources USING GIN (search);

-- Scheduled publishing: a story approved now and published at publish_at. SCHEDULED is the state between.
ALTER TABLE stories DROP CONSTRAINT stories_status_known;
ALTER TABLE stories ADD CONSTRAINT stories_status_known
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'APPROVED', 'RETRACTED'));

-- A story has at most one pending publication. The row is deleted in the transaction that publishes the version,
-- or when the schedule is cancelled; story_versions' key keeps a version from being published twice.
CREATE TABLE scheduled_publications (
    story_id           UUID        PRIMARY KEY REFERENCES stories (id),
    version            INTEGER     NOT NULL CHECK (version >= 1),
    publish_at         TIMESTAMPTZ NOT NULL,
    approved_by        TEXT        NOT NULL,
    approved_at        TIMESTAMPTZ NOT NULL,
    correction_note    TEXT,
    notify_subscribers BOOLEAN     NOT NULL
);

CREATE INDEX scheduled_publications_due ON scheduled_publications (publish_at);

-- Whether the approving editor chose to mail a correction to the readers already sent the story
-- (StoryPublished.notifySubscribers).
ALTER TABLE story_versions ADD COLUMN notify_subscribers BOOLEAN NOT NULL DEFAULT false;

-- Moving a scheduled publication, and cancelling it (back to IN_REVIEW), are steps of the review history.
ALTER TABLE review_actions DROP CONSTRAINT review_actions_action_known;
ALTER TABLE review_actions ADD CONSTRAINT review_actions_action_known
    CHECK (action IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'RETRACTED', 'RESCHEDULED', 'UNSCHEDULED'));
