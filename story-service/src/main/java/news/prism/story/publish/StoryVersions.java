package news.prism.story.publish;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.story.StoryContentJson;

/** The {@code story_versions} table: approved versions, written once and never changed. */
@Singleton
public class StoryVersions {

    private final Sql sql;
    private final StoryContentJson json;

    public StoryVersions(Sql sql, StoryContentJson json) {
        this.sql = sql;
        this.json = json;
    }

    public void insert(StoryVersion version) {
        sql.update("""
                INSERT INTO story_versions (story_id, version, slug, content, reading_time_minutes, approved_by,
                                            approved_at, correction_note, notify_subscribers)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""", version.storyId(), version.version(), version.slug(),
                json.write(version.content()), version.readingTimeMinutes(), version.approvedBy(), version.approvedAt(),
                version.correctionNote(), version.notifySubscribers());
    }

    public Optional<StoryVersion> find(UUID storyId, int version) {
        return select("v.story_id = ? AND v.version = ?", storyId, version).stream().findFirst();
    }

    /** Every approved version of the story, oldest first. */
    public List<StoryVersion> all(UUID storyId) {
        return select("v.story_id = ?", storyId);
    }

    private List<StoryVersion> select(String condition, Object... parameters) {
        return sql.list("""
                SELECT v.story_id, v.version, v.slug, v.content, v.reading_time_minutes, s.author, v.approved_by,
                       v.approved_at, s.first_published_at, v.correction_note, v.notify_subscribers
                FROM story_versions v JOIN stories s ON s.id = v.story_id
                WHERE\s""" + condition + " ORDER BY v.version",
                row -> new StoryVersion(row.getObject("story_id", UUID.class), row.getInt("version"),
                        row.getString("slug"), json.read(row.getString("content")),
                        row.getInt("reading_time_minutes"), row.getString("author"), row.getString("approved_by"),
                        Sql.instant(row, "approved_at"), Sql.instant(row, "first_published_at"),
                        row.getString("correction_note"), row.getBoolean("notify_subscribers")), parameters);
    }
}
