package news.prism.render.page;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import news.prism.data.Sql;
import news.prism.render.caching.EntityTag;

/** The rendered versions of every story's page. A story's newest version is the one readers get. */
@Singleton
public class PageStore {

    private final Sql sql;

    public PageStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Everything {@code PagePublisher} needs to know before it renders, in one round trip. The story's number in its
     * topic counts the stories whose first page in that topic was stored before this story's first page there (all
     * of them when this is its first), retracted ones included, so that every version of a story keeps its number.
     * It reads only the topic's pages, whatever the number of pages in other topics.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PriorPages prior(String storyId, int version, String topicSlug) {
        return sql.one("""
                WITH firsts AS (
                    SELECT story_id, min(id) AS first_id FROM pages WHERE topic_slug = ? GROUP BY story_id
                )
                SELECT EXISTS (SELECT 1 FROM pages WHERE story_id = ? AND version = ?),
                       EXISTS (SELECT 1 FROM retractions WHERE story_id = ?),
                       (SELECT max(version) FROM pages WHERE story_id = ?),
                       (SELECT count(*) FROM firsts WHERE story_id <> ? AND first_id <
                            coalesce((SELECT first_id FROM firsts WHERE story_id = ?), 9223372036854775807))""",
                result -> {
                    int newest = result.getInt(3);
                    Optional<Integer> newestVersion = result.wasNull() ? Optional.empty() : Optional.of(newest);
                    return new PriorPages(result.getBoolean(1), result.getBoolean(2), newestVersion,
                            new SeriesPosition(result.getInt(4) + 1));
                }, topicSlug, storyId, version, storyId, storyId, storyId, storyId)
                .orElseThrow();
    }

    /** Where the story's newest page is (or was, if the story was retracted). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PageAddress> newestAddress(String storyId) {
        return sql.one("SELECT topic_slug, slug FROM newest_pages WHERE story_id = ?",
                result -> new PageAddress(result.getString(1), result.getString(2)), storyId);
    }

    /** @return false when that version of the story was stored before (a duplicate event) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertIfAbsent(NewPage page) {
        return sql.update("""
                INSERT INTO pages (story_id, version, topic_slug, topic_name, slug, headline, summary, byline, correction,
                                   published_at, first_published_at, html, html_sha256, ninjs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id, version) DO NOTHING""", page.storyId(), page.version(),
                page.address().topicSlug(), page.topicName(), page.address().slug(), page.headline(), page.summary(),
                page.byline(), page.correction(), page.publishedAt(), page.firstPublishedAt(), page.html(),
                EntityTag.sha256Hex(page.html()), page.ninjs()) == 1;
    }

    /**
     * The newest version of the story that is, or once was, at this address. A story whose newest version is
     * still there wins over one that has moved away; among equals, the most recently rendered.
     */
    @Transactional(readOnly = true)
    public Optional<LatestPage> latestAt(PageAddress address) {
        return sql.one("""
                SELECT newest.story_id, newest.version, newest.topic_slug, newest.slug, newest.topic_name, newest.html,
                       newest.html_sha256, retraction.reason, retraction.retracted_at
                FROM pages newest
                LEFT JOIN retractions retraction ON retraction.story_id = newest.story_id
                WHERE newest.story_id IN (SELECT story_id FROM pages WHERE topic_slug = ? AND slug = ?)
                  AND newest.version = (SELECT max(version) FROM pages v WHERE v.story_id = newest.story_id)
                ORDER BY (newest.topic_slug = ? AND newest.slug = ?) DESC, newest.rendered_at DESC
                LIMIT 1""", result -> {
            Instant retractedAt = Sql.instant(result, 9);
            Retraction retraction = retractedAt == null
                    ? null
                    : new Retraction(result.getString(8), retractedAt);
            return new LatestPage(result.getString(1), result.getInt(2),
                    new PageAddress(result.getString(3), result.getString(4)), result.getString(5),
                    result.getString(6), new EntityTag(result.getString(7)), retraction);
        }, address.topicSlug(), address.slug(), address.topicSlug(), address.slug());
    }
}
