package news.prism.story.review;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.story.Story;
import news.prism.http.user.ActingUser;

/** The {@code review_actions} table: who moved a story through review, and when. */
@Singleton
public class ReviewHistory {

    private final Sql sql;

    public ReviewHistory(Sql sql) {
        this.sql = sql;
    }

    /** @param version the approved version the action produced, or null */
    public void record(Story story, ReviewAction action, ActingUser actor, Integer version, String comment,
                       Instant at) {
        sql.update("""
                INSERT INTO review_actions (story_id, action, actor, revision, version, comment, acted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", story.id(), action, actor.name(), story.revision(), version, comment,
                at);
    }

    /** The story's history, oldest step first. */
    public List<ReviewEntry> of(UUID storyId) {
        return sql.list("""
                SELECT action, actor, comment, revision, version, acted_at
                FROM review_actions WHERE story_id = ? ORDER BY id""",
                rows -> new ReviewEntry(ReviewAction.valueOf(rows.getString("action")),
                        rows.getString("actor"), rows.getString("comment"), rows.getInt("revision"),
                        rows.getObject("version", Integer.class), Sql.instant(rows, "acted_at")), storyId);
    }
}
