package news.prism.notify.page;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import news.prism.events.PagePublished;
import news.prism.data.Sql;

/** This service's copy of the published pages: what a story mail says and where it links to. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class PageStore {

    private final Sql sql;

    public PageStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Keeps the newest version of the page. A newer version than the one stored replaces it, and is live again
     * even if an older one had been withdrawn; an older or equal version changes nothing.
     */
    public void save(PagePublished page) {
        sql.update("""
                INSERT INTO pages
                    (story_id, version, topic_slug, topic_name, slug, url, headline, summary, published_at,
                     first_published_at, outlets, viewpoints)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id) DO UPDATE SET version = EXCLUDED.version, topic_slug = EXCLUDED.topic_slug,
                    topic_name = EXCLUDED.topic_name, slug = EXCLUDED.slug, url = EXCLUDED.url,
                    headline = EXCLUDED.headline, summary = EXCLUDED.summary, published_at = EXCLUDED.published_at,
                    first_published_at = least(pages.first_published_at, EXCLUDED.first_published_at),
                    outlets = EXCLUDED.outlets, viewpoints = EXCLUDED.viewpoints, withdrawn_at = NULL
                WHERE pages.version < EXCLUDED.version""",
                page.getStoryId(), page.getVersion(), page.getTopicSlug(), page.getTopicName(), page.getSlug(),
                page.getUrl(), page.getHeadline(), page.getSummary(), page.getPublishedAt(),
                // Events from before v2 of the schema do not say when the story first came out.
                page.getFirstPublishedAt() != null ? page.getFirstPublishedAt() : page.getPublishedAt(),
                page.getOutlets(), page.getViewpoints());
    }

    public void withdraw(String storyId, Instant withdrawnAt) {
        sql.update("UPDATE pages SET withdrawn_at = ? WHERE story_id = ? AND withdrawn_at IS NULL",
                withdrawnAt, storyId);
    }

    public Optional<Page> find(String storyId) {
        return sql.one("""
                SELECT story_id, version, topic_slug, topic_name, url, headline, summary, withdrawn_at
                FROM pages WHERE story_id = ?""", row -> new Page(row.getString("story_id"), row.getInt("version"),
                row.getString("topic_slug"), row.getString("topic_name"), row.getString("url"),
                row.getString("headline"), row.getString("summary"), Sql.instant(row, "withdrawn_at") != null),
                storyId);
    }
}
