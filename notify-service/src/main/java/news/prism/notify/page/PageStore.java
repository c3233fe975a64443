package news.prism.notify.page;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.prism.data.Sql;
import news.prism.events.PagePublished;
import news.prism.events.PerspectiveShare;

/** This service's copy of the published pages: what a story mail says and where it links to. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class PageStore {

    /** The columns {@link #page} reads, of the table {@code pages} under the alias {@code p}. */
    public static final String COLUMNS = """
            p.story_id AS page_story_id, p.version AS page_version, p.topic_slug AS page_topic_slug, \
            p.topic_name AS page_topic_name, p.url AS page_url, p.headline AS page_headline, \
            p.summary AS page_summary, p.withdrawn_at AS page_withdrawn_at, p.outlets AS page_outlets, \
            p.viewpoints AS page_viewpoints, p.perspective_names AS page_perspective_names, \
            p.perspective_shares AS page_perspective_shares""";

    private final Sql sql;

    public PageStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Keeps the newest version of the page. A newer version than the one stored replaces it, and is live again
     * even if an older one had been withdrawn; an older or equal version changes nothing.
     */
    public void save(PagePublished page) {
        List<PerspectiveShare> perspectives = page.getPerspectives();
        sql.update("""
                INSERT INTO pages
                    (story_id, version, topic_slug, topic_name, slug, url, headline, summary, published_at, outlets,
                     viewpoints, perspective_names, perspective_shares, first_published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id) DO UPDATE SET version = EXCLUDED.version, topic_slug = EXCLUDED.topic_slug,
                    topic_name = EXCLUDED.topic_name, slug = EXCLUDED.slug, url = EXCLUDED.url,
                    headline = EXCLUDED.headline, summary = EXCLUDED.summary, published_at = EXCLUDED.published_at,
                    outlets = EXCLUDED.outlets, viewpoints = EXCLUDED.viewpoints,
                    perspective_names = EXCLUDED.perspective_names, perspective_shares = EXCLUDED.perspective_shares,
                    first_published_at = least(pages.first_published_at, EXCLUDED.first_published_at),
                    withdrawn_at = NULL
                WHERE pages.version < EXCLUDED.version""",
                page.getStoryId(), page.getVersion(), page.getTopicSlug(), page.getTopicName(), page.getSlug(),
                page.getUrl(), page.getHeadline(), page.getSummary(), page.getPublishedAt(), page.getOutlets(),
                page.getViewpoints(), Sql.texts(perspectives.stream().map(PerspectiveShare::getName).toList()),
                Sql.ints(perspectives.stream().map(PerspectiveShare::getShare).toList()),
                // Events from before v2 of the schema do not say when the story first came out.
                page.getFirstPublishedAt() != null ? page.getFirstPublishedAt() : page.getPublishedAt());
    }

    public void withdraw(String storyId, Instant withdrawnAt) {
        sql.update("UPDATE pages SET withdrawn_at = ? WHERE story_id = ? AND withdrawn_at IS NULL",
                withdrawnAt, storyId);
    }

    public Optional<Page> find(String storyId) {
        return sql.one("SELECT " + COLUMNS + " FROM pages p WHERE p.story_id = ?", PageStore::page, storyId);
    }

    /** Reads a page from a row that selected {@link #COLUMNS}. */
    public static Page page(ResultSet row) throws SQLException {
        List<String> names = Sql.texts(row, "page_perspective_names");
        Integer[] shares = (Integer[]) row.getArray("page_perspective_shares").getArray();
        List<Perspective> perspectives = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            perspectives.add(new Perspective(names.get(i), shares[i]));
        }
        return new Page(row.getString("page_story_id"), row.getInt("page_version"),
                row.getString("page_topic_slug"), row.getString("page_topic_name"), row.getString("page_url"),
                row.getString("page_headline"), row.getString("page_summary"),
                Sql.instant(row, "page_withdrawn_at") != null, row.getInt("page_outlets"),
                row.getInt("page_viewpoints"), List.copyOf(perspectives));
    }
}
