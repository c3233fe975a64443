package news.prism.story.publish;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;

/**
 * The {@code scheduled_publications} table: at most one pending publication per story, deleted when it is
 * published or cancelled. Callers hold the story's row lock ({@code StoryStore.lock}) before they touch a story's
 * row here, so that every path takes the locks in the same order.
 */
@Singleton
public class ScheduledPublications {

    private final Sql sql;

    public ScheduledPublications(Sql sql) {
        this.sql = sql;
    }

    public void insert(ScheduledPublication publication) {
        sql.update("""
                INSERT INTO scheduled_publications (story_id, version, publish_at, approved_by, approved_at,
                                                    correction_note, notify_subscribers)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", publication.storyId(), publication.version(),
                publication.publishAt(), publication.approvedBy(), publication.approvedAt(),
                publication.correctionNote(), publication.notifySubscribers());
    }

    public Optional<ScheduledPublication> find(UUID storyId) {
        return sql.one("""
                SELECT story_id, version, publish_at, approved_by, approved_at, correction_note, notify_subscribers
                FROM scheduled_publications WHERE story_id = ?""",
                row -> new ScheduledPublication(row.getObject("story_id", UUID.class), row.getInt("version"),
                        Sql.instant(row, "publish_at"), row.getString("approved_by"),
                        Sql.instant(row, "approved_at"), row.getString("correction_note"),
                        row.getBoolean("notify_subscribers")), storyId);
    }

    public void move(UUID storyId, Instant publishAt) {
        sql.update("UPDATE scheduled_publications SET publish_at = ? WHERE story_id = ?", publishAt, storyId);
    }

    public void delete(UUID storyId) {
        sql.update("DELETE FROM scheduled_publications WHERE story_id = ?", storyId);
    }

    /**
     * Locks the story of the publication due longest at {@code now} and answers its id, passing over stories
     * another transaction holds (another instance publishing them, or an editor moving or cancelling them).
     */
    public Optional<UUID> lockNextDue(Instant now) {
        return sql.one("""
                SELECT s.id FROM stories s JOIN scheduled_publications p ON p.story_id = s.id
                WHERE p.publish_at <= ? AND s.status = 'SCHEDULED'
                ORDER BY p.publish_at, s.id LIMIT 1
                FOR UPDATE OF s SKIP LOCKED""", row -> row.getObject("id", UUID.class), now);
    }
}
