package news.prism.story.desk.home;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.inject.Singleton;
import news.prism.data.Sql;
import news.prism.story.desk.DeskSettings;
import news.prism.story.story.StoryStatus;

/** The stories of one status the desk's home page lists, the most recently changed first. */
@Singleton
public class DeskQueue {

    private final Sql sql;
    private final int limit;

    public DeskQueue(Sql sql, DeskSettings settings) {
        this.sql = sql;
        this.limit = settings.listLimit();
    }

    public List<Entry> in(StoryStatus status) {
        return sql.list("""
                SELECT id, content->>'headline' AS headline, topic_name, author, last_editor, updated_at
                FROM stories WHERE status = ? ORDER BY updated_at DESC, id LIMIT ?""",
                row -> new Entry(row.getObject("id", UUID.class), row.getString("headline"),
                        row.getString("topic_name"), row.getString("author"), row.getString("last_editor"),
                        Sql.instant(row, "updated_at")),
                status, limit);
    }

    /** A story as listed: enough to recognise and open it. */
    public record Entry(UUID id, String headline, String topic, String author, String lastEditor, Instant updatedAt) {
    }
}
