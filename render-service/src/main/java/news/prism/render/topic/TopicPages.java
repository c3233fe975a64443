package news.prism.render.topic;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.prism.data.Sql;
import news.prism.render.page.PageAddress;

/**
 * The live pages (each story's newest version, unless the story was retracted), by topic and in all, newest
 * first publication first.
 */
@Singleton
public class TopicPages {

    private static final String LISTED_COLUMNS = """
            story_id, topic_slug, slug, topic_name, headline, summary, byline, correction, published_at,
            first_published_at""";
    // A topic's name may change between versions: the most recently published one is the topic's name now.
    private static final String TOPIC_COLUMNS = """
            (array_agg(topic_name ORDER BY published_at DESC))[1], max(GREATEST(published_at, retracted_at))""";

    private final Sql sql;

    public TopicPages(Sql sql) {
        this.sql = sql;
    }

    /** The topic, if any story was ever published in it, even if all were retracted since. */
    @Transactional(readOnly = true)
    public Optional<TopicSummary> topic(String slug) {
        return sql.one("SELECT " + TOPIC_COLUMNS + " FROM newest_pages WHERE topic_slug = ?", result -> {
            String name = result.getString(1);
            return name == null
                    ? Optional.<TopicSummary>empty()
                    : Optional.of(new TopicSummary(slug, name, Sql.instant(result, 2)));
        }, slug).orElseThrow();
    }

    /** Every topic that has at least one live page. */
    @Transactional(readOnly = true)
    public List<TopicSummary> liveTopics() {
        return sql.list("SELECT topic_slug, " + TOPIC_COLUMNS
                        + " FROM newest_pages GROUP BY topic_slug HAVING bool_or(NOT retracted) ORDER BY topic_slug",
                result -> new TopicSummary(result.getString(1), result.getString(2), Sql.instant(result, 3)));
    }

    @Transactional(readOnly = true)
    public List<ListedPage> livePages(String topicSlug) {
        return sql.list("SELECT " + LISTED_COLUMNS + " FROM newest_pages WHERE topic_slug = ? AND NOT retracted"
                + " ORDER BY first_published_at DESC, story_id DESC", TopicPages::listed, topicSlug);
    }

    @Transactional(readOnly = true)
    public List<ListedPage> allLivePages() {
        return sql.list("SELECT " + LISTED_COLUMNS + " FROM newest_pages WHERE NOT retracted"
                + " ORDER BY topic_slug, first_published_at DESC, story_id DESC", TopicPages::listed);
    }

    /** The topic's stories retracted at or after {@code since}, the most recent first. */
    @Transactional(readOnly = true)
    public List<DeletedEntry> retractedSince(String topicSlug, Instant since) {
        return sql.list("SELECT story_id, retracted_at, retraction_reason FROM newest_pages"
                        + " WHERE topic_slug = ? AND retracted AND retracted_at >= ? ORDER BY retracted_at DESC, story_id DESC",
                result -> new DeletedEntry(result.getString(1), Sql.instant(result, 2), result.getString(3)),
                topicSlug, since);
    }

    private static ListedPage listed(ResultSet result) throws SQLException {
        return new ListedPage(
                result.getString(1),
                new PageAddress(result.getString(2), result.getString(3)),
                result.getString(4),
                result.getString(5),
                result.getString(6),
                result.getString(7),
                result.getBoolean(8),
                Sql.instant(result, 9),
                Sql.instant(result, 10));
    }
}
