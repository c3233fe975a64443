-- The whole editorial lifecycle (story.StoryStatus): a rejected review goes back to DRAFT, an APPROVED story can be
-- edited again (a correction draft, while current_version stays live), and a published story can be RETRACTED.
ALTER TABLE stories
    ADD CONSTRAINT stories_status_known CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETRACTED')),
    ADD CONSTRAINT stories_retracted_was_published CHECK (status <> 'RETRACTED' OR current_version IS NOT NULL);

-- A rejection keeps the reviewer's comments, an approval of a correction its note, a retraction its reason.
ALTER TABLE review_actions
    ADD CONSTRAINT review_actions_action_known CHECK (action IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'RETRACTED')),
    ADD CONSTRAINT review_actions_reason_given CHECK (action NOT IN ('REJECTED', 'RETRACTED') OR comment IS NOT NULL);
