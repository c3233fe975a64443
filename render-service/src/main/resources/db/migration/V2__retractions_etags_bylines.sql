-- A retracted story: every page of it answers 410 Gone and leaves the topic index, the feed and the sitemap.
-- One row per story, so a second retraction of the same story changes nothing.
CREATE TABLE retractions (
    story_id     TEXT        PRIMARY KEY,
    reason       TEXT        NOT NULL,
    retracted_by TEXT        NOT NULL,
    retracted_at TIMESTAMPTZ NOT NULL
);

-- The page's strong ETag: the SHA-256 (hex) of its UTF-8 html, computed once when it is stored.
ALTER TABLE pages ADD COLUMN html_sha256 TEXT;
UPDATE pages SET html_sha256 = encode(sha256(convert_to(html, 'UTF8')), 'hex');
ALTER TABLE pages ALTER COLUMN html_sha256 SET NOT NULL;

-- The byline, for the feed's entry authors. Pages stored before this column have none; feeds name the site instead.
ALTER TABLE pages ADD COLUMN byline TEXT;

-- The version readers get of each story: its newest, and whether the story was retracted.
CREATE VIEW newest_pages AS
SELECT DISTINCT ON (p.story_id)
       p.story_id, p.version, p.topic_slug, p.topic_name, p.slug, p.headline, p.summary, p.byline, p.correction,
       p.published_at, p.first_published_at, p.html_sha256, p.rendered_at,
       r.story_id IS NOT NULL AS retracted, r.reason AS retraction_reason, r.retracted_at
FROM pages p
LEFT JOIN retractions r ON r.story_id = p.story_id
ORDER BY p.story_id, p.version DESC;
