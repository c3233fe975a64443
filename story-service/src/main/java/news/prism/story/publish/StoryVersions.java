package news.prism.story.publish;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.story.SqlTimes;
import news.prism.story.story.StoryContentJson;

/** The {@code story_versions} table: approved versions, written once and never changed. */
@Singleton
public class StoryVersions {

    private final JdbcOperations jdbc;
    private final StoryContentJson json;

    public StoryVersions(JdbcOperations jdbc, StoryContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(StoryVersion version) {
        jdbc.prepareStatement("""
                INSERT INTO story_versions (story_id, version, slug, content, reading_time_minutes, approved_by,
                                            approved_at, correction_note)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, version.storyId());
            statement.setInt(2, version.version());
            statement.setString(3, version.slug());
            statement.setString(4, json.write(version.content()));
            statement.setInt(5, version.readingTimeMinutes());
            statement.setString(6, version.approvedBy());
            statement.setObject(7, SqlTimes.of(version.approvedAt()));
            statement.setString(8, version.correctionNote());
            return statement.executeUpdate();
        });
    }

    public Optional<StoryVersion> find(UUID storyId, int version) {
        return select("v.story_id = ? AND v.version = ?", statement -> {
            statement.setObject(1, storyId);
            statement.setInt(2, version);
        }).stream().findFirst();
    }

    /** Every approved version of the story, oldest first. */
    public List<StoryVersion> all(UUID storyId) {
        return select("v.story_id = ?", statement -> statement.setObject(1, storyId));
    }

    private interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<StoryVersion> select(String condition, Parameters parameters) {
        return jdbc.prepareStatement("""
                SELECT v.story_id, v.version, v.slug, v.content, v.reading_time_minutes, s.author, v.approved_by,
                       v.approved_at, s.first_published_at, v.correction_note
                FROM story_versions v JOIN stories s ON s.id = v.story_id
                WHERE\s""" + condition + " ORDER BY v.version", statement -> {
            parameters.bind(statement);
            List<StoryVersion> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(new StoryVersion(row.getObject("story_id", UUID.class), row.getInt("version"),
                            row.getString("slug"), json.read(row.getString("content")),
                            row.getInt("reading_time_minutes"), row.getString("author"), row.getString("approved_by"),
                            SqlTimes.read(row, "approved_at"), SqlTimes.read(row, "first_published_at"),
                            row.getString("correction_note")));
                }
            }
            return found;
        });
    }
}
