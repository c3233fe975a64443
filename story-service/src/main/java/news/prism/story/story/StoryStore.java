package news.prism.story.story;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.prism.story.SqlTimes;

/** The {@code stories} table. Content is kept as one JSONB document. */
@Singleton
public class StoryStore {

    private static final String COLUMNS = """
            id, status, slug, author, last_editor, revision, content, current_version, first_published_at,
            created_at, updated_at""";

    private final JdbcOperations jdbc;
    private final StoryContentJson json;

    public StoryStore(JdbcOperations jdbc, StoryContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Story story) {
        jdbc.prepareStatement("""
                INSERT INTO stories (status, slug, author, last_editor, revision, content, current_version,
                                     first_published_at, created_at, updated_at, topic_slug, topic_name, id)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            bind(statement, story);
            return statement.executeUpdate();
        });
    }

    public void update(Story story) {
        int updated = jdbc.prepareStatement("""
                UPDATE stories SET status = ?, slug = ?, author = ?, last_editor = ?, revision = ?, content = ?::jsonb,
                                   current_version = ?, first_published_at = ?, created_at = ?, updated_at = ?,
                                   topic_slug = ?, topic_name = ?
                WHERE id = ?""", statement -> {
            bind(statement, story);
            return statement.executeUpdate();
        });
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
        return jdbc.prepareStatement("""
                SELECT slug FROM stories WHERE topic_slug = ? AND (slug = ? OR slug LIKE ?) AND id <> ?""",
                statement -> {
                    statement.setString(1, topicSlug);
                    statement.setString(2, base);
                    // A slug holds only [a-z0-9-], nothing LIKE would read as a wildcard.
                    statement.setString(3, base + "-%");
                    statement.setObject(4, storyId);
                    Set<String> slugs = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            slugs.add(rows.getString(1));
                        }
                    }
                    return slugs;
                });
    }

    /** Serialises slug choices within one topic until the transaction ends. */
    public void lockTopic(String topicSlug) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('prism.story.slug'), hashtext(?))",
                statement -> {
                    statement.setString(1, topicSlug);
                    return statement.execute();
                });
    }

    private Optional<Story> select(String sql, UUID id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        });
    }

    private void bind(PreparedStatement statement, Story story) throws SQLException {
        statement.setString(1, story.status().name());
        statement.setString(2, story.slug());
        statement.setString(3, story.author());
        statement.setString(4, story.lastEditor());
        statement.setInt(5, story.revision());
        statement.setString(6, json.write(story.content()));
        statement.setObject(7, story.currentVersion());
        statement.setObject(8, SqlTimes.of(story.firstPublishedAt()));
        statement.setObject(9, SqlTimes.of(story.createdAt()));
        statement.setObject(10, SqlTimes.of(story.updatedAt()));
        statement.setString(11, story.content().topic().slug());
        statement.setString(12, story.content().topic().name());
        statement.setObject(13, story.id());
    }

    private Story read(ResultSet row) throws SQLException {
        return new Story(row.getObject("id", UUID.class), StoryStatus.valueOf(row.getString("status")),
                row.getString("slug"), row.getString("author"), row.getString("last_editor"), row.getInt("revision"),
                json.read(row.getString("content")), row.getObject("current_version", Integer.class),
                SqlTimes.read(row, "first_published_at"), SqlTimes.read(row, "created_at"),
                SqlTimes.read(row, "updated_at"));
    }
}
