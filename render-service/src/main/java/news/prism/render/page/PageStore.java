package news.prism.render.page;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import news.prism.render.caching.EntityTag;

/** The rendered versions of every story's page. A story's newest version is the one readers get. */
@Singleton
public class PageStore {

    private final JdbcOperations jdbc;

    public PageStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Everything {@code PagePublisher} needs to know before it renders, in one round trip. The story's place in its
     * topic counts the stories whose newest page is in that topic and that were not retracted, this one included
     * even before its first page is stored; ties in first publication are broken by story id. It reads only the
     * topic's pages, whatever the number of pages in other topics.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PriorPages prior(String storyId, int version, String topicSlug, Instant firstPublishedAt) {
        return jdbc.prepareStatement("""
                WITH series AS (
                    SELECT p.story_id, p.first_published_at FROM pages p
                    WHERE p.topic_slug = ? AND p.story_id <> ?
                      AND p.version = (SELECT max(v.version) FROM pages v WHERE v.story_id = p.story_id)
                      AND NOT EXISTS (SELECT 1 FROM retractions r WHERE r.story_id = p.story_id)
                    UNION ALL
                    SELECT ?, ?
                )
                SELECT EXISTS (SELECT 1 FROM pages WHERE story_id = ? AND version = ?),
                       EXISTS (SELECT 1 FROM retractions WHERE story_id = ?),
                       (SELECT max(version) FROM pages WHERE story_id = ?),
                       (SELECT count(*) FILTER (WHERE (first_published_at, story_id) <= (?, ?)) FROM series),
                       (SELECT count(*) FROM series)""", statement -> {
            OffsetDateTime first = utc(firstPublishedAt);
            statement.setString(1, topicSlug);
            statement.setString(2, storyId);
            statement.setString(3, storyId);
            statement.setObject(4, first);
            statement.setString(5, storyId);
            statement.setInt(6, version);
            statement.setString(7, storyId);
            statement.setString(8, storyId);
            statement.setObject(9, first);
            statement.setString(10, storyId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int newest = result.getInt(3);
                Optional<Integer> newestVersion = result.wasNull() ? Optional.empty() : Optional.of(newest);
                return new PriorPages(result.getBoolean(1), result.getBoolean(2), newestVersion,
                        new SeriesPosition(result.getInt(4), result.getInt(5), topicSlug));
            }
        });
    }

    /** Where the story's newest page is (or was, if the story was retracted). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PageAddress> newestAddress(String storyId) {
        return jdbc.prepareStatement("SELECT topic_slug, slug FROM newest_pages WHERE story_id = ?", statement -> {
            statement.setString(1, storyId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new PageAddress(result.getString(1), result.getString(2)))
                        : Optional.empty();
            }
        });
    }

    /** @return false when that version of the story was stored before (a duplicate event) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertIfAbsent(NewPage page) {
        return jdbc.prepareStatement("""
                INSERT INTO pages (story_id, version, topic_slug, topic_name, slug, headline, summary, byline, correction,
                                   published_at, first_published_at, html, html_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id, version) DO NOTHING""", statement -> {
            statement.setString(1, page.storyId());
            statement.setInt(2, page.version());
            statement.setString(3, page.address().topicSlug());
            statement.setString(4, page.topicName());
            statement.setString(5, page.address().slug());
            statement.setString(6, page.headline());
            statement.setString(7, page.summary());
            statement.setString(8, page.byline());
            statement.setBoolean(9, page.correction());
            statement.setObject(10, utc(page.publishedAt()));
            statement.setObject(11, utc(page.firstPublishedAt()));
            statement.setString(12, page.html());
            statement.setString(13, EntityTag.sha256Hex(page.html()));
            return statement.executeUpdate() == 1;
        });
    }

    /**
     * The newest version of the story that is, or once was, at this address. A story whose newest version is
     * still there wins over one that has moved away; among equals, the most recently rendered.
     */
    @Transactional(readOnly = true)
    public Optional<LatestPage> latestAt(PageAddress address) {
        return jdbc.prepareStatement("""
                SELECT newest.story_id, newest.version, newest.topic_slug, newest.slug, newest.topic_name, newest.html,
                       newest.html_sha256, retraction.reason, retraction.retracted_at
                FROM pages newest
                LEFT JOIN retractions retraction ON retraction.story_id = newest.story_id
                WHERE newest.story_id IN (SELECT story_id FROM pages WHERE topic_slug = ? AND slug = ?)
                  AND newest.version = (SELECT max(version) FROM pages v WHERE v.story_id = newest.story_id)
                ORDER BY (newest.topic_slug = ? AND newest.slug = ?) DESC, newest.rendered_at DESC
                LIMIT 1""", statement -> {
            statement.setString(1, address.topicSlug());
            statement.setString(2, address.slug());
            statement.setString(3, address.topicSlug());
            statement.setString(4, address.slug());
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                OffsetDateTime retractedAt = result.getObject(9, OffsetDateTime.class);
                Retraction retraction = retractedAt == null
                        ? null
                        : new Retraction(result.getString(8), retractedAt.toInstant());
                return Optional.of(new LatestPage(result.getString(1), result.getInt(2),
                        new PageAddress(result.getString(3), result.getString(4)), result.getString(5),
                        result.getString(6), new EntityTag(result.getString(7)), retraction));
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
