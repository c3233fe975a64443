package news.prism.story.story;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;

/** The {@code stories} table. Content is kept as one JSONB document. */
@Singleton
public class StoryStore {

    private static final String COLUMNS = """
            id, status, slug, author, last_editor, revision, content, current_version, first_published_at,
            created_at, updated_at""";

    private final Sql sql;
    private final StoryContentJson json;

    public StoryStore(Sql sql, StoryContentJson json) {
        this.sql = sql;
        this.json = json;
    }

    public void insert(Story story) {
        sql.update("""
                INSERT INTO stories (status, slug, author, last_editor, revision, content, current_version,
                                     first_published_at, created_at, updated_at, topic_slug, topic_name, id)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""", parameters(story));
    }

    public void update(Story story) {
        int updated = sql.update("""
                UPDATE stories SET status = ?, slug = ?, author = ?, last_editor = ?, revision = ?, content = ?::jsonb,
                                   current_version = ?, first_published_at = ?, created_at = ?, updated_at = ?,
                                   topic_slug = ?, topic_name = ?
                WHERE id = ?""", parameters(story));
        if (updated != 1) {
            throw new IllegalStateException("Story " + story.id() + " vanished while it was being saved");
        }
    }

    public Optional<Story> find(UUID id) {
        return select("SELECT " + COLUMNS + " FROM stories WHERE id = ?", id);
    }

    /** Reads the story and holds it until the transaction ends, so that two state changes cannot interleave. */
    public Optional<Story> lock(UUID id) {
        return select("SELECT " + COLUMNS + " FROM stories WHERE id = ? FOR UPDATE", id);
    }

    /**
     * The slugs in the topic that are {@code base} or {@code base-<anything>}, other than {@code storyId}'s own.
     * Call it after {@link #lockTopic}, so that no other transaction takes one of the free slugs meanwhile.
     */
    public Set<String> slugsLike(String topicSlug, String base, UUID storyId) {
        return new HashSet<>(sql.list("""
                SELECT slug FROM stories WHERE topic_slug = ? AND (slug = ? OR slug LIKE ?) AND id <> ?""",
                // A slug holds only [a-z0-9-], nothing LIKE would read as a wildcard.
                rows -> rows.getString(1), topicSlug, base, base + "-%", storyId));
    }

    /** Serialises slug choices within one topic until the transaction ends. */
    public void lockTopic(String topicSlug) {
        sql.execute("SELECT pg_advisory_xact_lock(hashtext('prism.story.slug'), hashtext(?))", topicSlug);
    }

    private Optional<Story> select(String query, UUID id) {
        return sql.one(query, this::read, id);
    }

    private Object[] parameters(Story story) {
        return new Object[] {story.status(), story.slug(), story.author(), story.lastEditor(), story.revision(),
                json.write(story.content()), story.currentVersion(), story.firstPublishedAt(), story.createdAt(),
                story.updatedAt(), story.content().topic().slug(), story.content().topic().name(), story.id()};
    }

    private Story read(ResultSet row) throws SQLException {
        return new Story(row.getObject("id", UUID.class), StoryStatus.valueOf(row.getString("status")),
                row.getString("slug"), row.getString("author"), row.getString("last_editor"), row.getInt("revision"),
                json.read(row.getString("content")), row.getObject("current_version", Integer.class),
                Sql.instant(row, "first_published_at"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
