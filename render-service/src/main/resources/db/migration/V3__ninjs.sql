-- Each page's ninjs 2.2 document (GET /{topic}/{slug}.json), written when the page is rendered. Pages stored before
-- this column have none and answer 404 there.
ALTER TABLE pages ADD COLUMN ninjs TEXT;
