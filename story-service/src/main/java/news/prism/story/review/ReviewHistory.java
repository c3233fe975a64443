package news.prism.story.review;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
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
}
