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

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean exists(String storyId, int version) {
        return jdbc.prepareStatement("SELECT 1 FROM pages WHERE story_id = ? AND version = ?", statement -> {
            statement.setString(1, storyId);
            statement.setInt(2, version);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Integer> latestVersion(String storyId) {
        return jdbc.prepareStatement("SELECT max(version) FROM pages WHERE story_id = ?", statement -> {
            statement.setString(1, storyId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int version = result.getInt(1);
                return result.wasNull() ? Optional.empty() : Optional.of(version);
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

    /**
     * Where the story stands in its topic, counting the stories whose newest page is in that topic and that were
     * not retracted, this one included even before its first page is stored. Ties in first publication are broken
     * by story id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SeriesPosition seriesPosition(String storyId, String topicSlug, Instant firstPublishedAt) {
        return jdbc.prepareStatement("""
                WITH series AS (
                    SELECT story_id, first_published_at FROM newest_pages
                    WHERE topic_slug = ? AND story_id <> ? AND NOT retracted
                    UNION ALL
                    SELECT ?, ?
                )
                SELECT count(*) FILTER (WHERE (first_published_at, story_id) <= (?, ?)), count(*) FROM series""",
                statement -> {
                    OffsetDateTime first = utc(firstPublishedAt);
                    statement.setString(1, topicSlug);
                    statement.setString(2, storyId);
                    statement.setString(3, storyId);
                    statement.setObject(4, first);
                    statement.setObject(5, first);
                    statement.setString(6, storyId);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return new SeriesPosition(result.getInt(1), result.getInt(2), topicSlug);
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
