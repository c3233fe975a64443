package news.prism.story.story;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.paging.Conditions;
import news.prism.story.paging.Cursor;
import news.prism.story.paging.Page;

/**
 * The desk's list of stories, newest first (by when each was created, which never changes, so that a story never
 * moves between pages), a page at a time. The cursor is the last item's creation time and id.
 */
@Singleton
public class StoryListing {

    private final Sql sql;

    public StoryListing(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param cursor the {@code next} of the previous page, or null for the first
     * @param limit  how many stories the page holds at most
     */
    @Transactional(readOnly = true)
    public Page<StoryListItem> list(StoryFilter filter, String cursor, int limit) {
        Conditions conditions = conditions(filter);
        if (cursor != null) {
            List<String> after = Cursor.parts(cursor, 2);
            conditions.add("(s.created_at, s.id) < (?, ?)", Cursor.instant(after.get(0)), Cursor.uuid(after.get(1)));
        }
        List<StoryListItem> rows = sql.list("""
                SELECT s.id, s.status, s.topic_slug, s.slug, s.content ->> 'headline' AS headline, s.author,
                       s.last_editor, s.revision, s.current_version, p.publish_at, s.created_at, s.updated_at
                FROM stories s LEFT JOIN scheduled_publications p ON p.story_id = s.id""" + conditions.where()
                        + " ORDER BY s.created_at DESC, s.id DESC LIMIT ?",
                row -> new StoryListItem(row.getObject("id", UUID.class), StoryStatus.valueOf(row.getString("status")),
                        row.getString("topic_slug"), row.getString("slug"), row.getString("headline"),
                        row.getString("author"), row.getString("last_editor"), row.getInt("revision"),
                        row.getObject("current_version", Integer.class), Sql.instant(row, "publish_at"),
                        Sql.instant(row, "created_at"), Sql.instant(row, "updated_at")),
                conditions.parameters(limit + 1));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        StoryListItem last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), Cursor.of(List.of(last.createdAt().toString(), last.id().toString())));
    }

    private static Conditions conditions(StoryFilter filter) {
        Conditions conditions = new Conditions();
        if (filter.status() != null) {
            conditions.add("s.status = ?", filter.status());
        }
        if (filter.topic() != null) {
            conditions.add("s.topic_slug = ?", filter.topic());
        }
        if (filter.author() != null) {
            conditions.add("s.author = ?", filter.author());
        }
        if (filter.text() != null) {
            conditions.add("s.search @@ websearch_to_tsquery('english', ?)", filter.text());
        }
        return conditions;
    }
}
