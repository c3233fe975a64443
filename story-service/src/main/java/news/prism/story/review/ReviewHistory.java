package news.prism.story.review;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.story.SqlTimes;
import news.prism.story.story.Story;
import news.prism.http.user.ActingUser;

/** The {@code review_actions} table: who moved a story through review, and when. */
@Singleton
public class ReviewHistory {

    private final JdbcOperations jdbc;

    public ReviewHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param version the approved version the action produced, or null */
    public void record(Story story, ReviewAction action, ActingUser actor, Integer version, String comment,
                       Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO review_actions (story_id, action, actor, revision, version, comment, acted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, story.id());
            statement.setString(2, action.name());
            statement.setString(3, actor.name());
            statement.setInt(4, story.revision());
            statement.setObject(5, version);
            statement.setString(6, comment);
            statement.setObject(7, SqlTimes.of(at));
            return statement.executeUpdate();
        });
    }

    /** The story's history, oldest step first. */
    public List<ReviewEntry> of(UUID storyId) {
        return jdbc.prepareStatement("""
                SELECT action, actor, comment, revision, version, acted_at
                FROM review_actions WHERE story_id = ? ORDER BY id""", statement -> {
            statement.setObject(1, storyId);
            List<ReviewEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new ReviewEntry(ReviewAction.valueOf(rows.getString("action")),
                            rows.getString("actor"), rows.getString("comment"), rows.getInt("revision"),
                            rows.getObject("version", Integer.class), SqlTimes.read(rows, "acted_at")));
                }
            }
            return entries;
        });
    }
}
