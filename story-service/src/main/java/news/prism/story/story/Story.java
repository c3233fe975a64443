package news.prism.story.story;

import java.time.Instant;
import java.util.UUID;

/**
 * A story as stored: the workflow state of its working copy beside the editor's content. {@code revision} counts
 * saved edits; {@code currentVersion} is the latest approved version, {@code null} until the first approval, and
 * is kept while a correction is drafted and reviewed.
 */
public record Story(
        UUID id,
        StoryStatus status,
        String slug,
        String author,
        String lastEditor,
        int revision,
        StoryContent content,
        Integer currentVersion,
        Instant firstPublishedAt,
        Instant createdAt,
        Instant updatedAt) {

    public static Story draft(UUID id, String slug, String author, StoryContent content, Instant now) {
        return new Story(id, StoryStatus.DRAFT, slug, author, author, 1, content, null, null, now, now);
    }

    /** The next revision, a draft again: editing an approved story starts its correction. */
    public Story edited(StoryContent newContent, String newSlug, String editor, Instant now) {
        return new Story(id, StoryStatus.DRAFT, newSlug, author, editor, revision + 1, newContent, currentVersion,
                firstPublishedAt, createdAt, now);
    }

    public Story movedTo(StoryStatus newStatus, Instant now) {
        return new Story(id, newStatus, slug, author, lastEditor, revision, content, currentVersion,
                firstPublishedAt, createdAt, now);
    }

    public Story published(int version, Instant approvedAt) {
        return new Story(id, StoryStatus.APPROVED, slug, author, lastEditor, revision, content, version,
                firstPublishedAt == null ? approvedAt : firstPublishedAt, createdAt, approvedAt);
    }

    /** Once published, a story keeps its URL: corrections do not move it. */
    public boolean everPublished() {
        return firstPublishedAt != null;
    }

    /** Whether readers can read a version of it now: published and not retracted. */
    public boolean live() {
        return currentVersion != null && status != StoryStatus.RETRACTED;
    }

    /** Approving it would publish a correction of a version already out. */
    public boolean correcting() {
        return currentVersion != null;
    }

    public int nextVersion() {
        return currentVersion == null ? 1 : currentVersion + 1;
    }
}
