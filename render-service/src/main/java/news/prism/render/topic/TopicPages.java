package news.prism.render.topic;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final JdbcOperations jdbc;

    public TopicPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The topic, if any story was ever published in it, even if all were retracted since. */
    @Transactional(readOnly = true)
    public Optional<TopicSummary> topic(String slug) {
        return jdbc.prepareStatement("SELECT " + TOPIC_COLUMNS + " FROM newest_pages WHERE topic_slug = ?", statement -> {
            statement.setString(1, slug);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                String name = result.getString(1);
                return name == null
                        ? Optional.empty()
                        : Optional.of(new TopicSummary(slug, name, result.getObject(2, OffsetDateTime.class).toInstant()));
            }
        });
    }

    /** Every topic that has at least one live page. */
    @Transactional(readOnly = true)
    public List<TopicSummary> liveTopics() {
        return jdbc.prepareStatement("SELECT topic_slug, " + TOPIC_COLUMNS
                        + " FROM newest_pages GROUP BY topic_slug HAVING bool_or(NOT retracted) ORDER BY topic_slug",
                statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        List<TopicSummary> topics = new ArrayList<>();
                        while (result.next()) {
                            topics.add(new TopicSummary(result.getString(1), result.getString(2),
                                    result.getObject(3, OffsetDateTime.class).toInstant()));
                        }
                        return topics;
                    }
                });
    }

    @Transactional(readOnly = true)
    public List<ListedPage> livePages(String topicSlug) {
        return jdbc.prepareStatement("SELECT " + LISTED_COLUMNS + " FROM newest_pages WHERE topic_slug = ? AND NOT retracted"
                + " ORDER BY first_published_at DESC, story_id DESC", statement -> {
            statement.setString(1, topicSlug);
            return listed(statement.executeQuery());
        });
    }

    @Transactional(readOnly = true)
    public List<ListedPage> allLivePages() {
        return jdbc.prepareStatement("SELECT " + LISTED_COLUMNS + " FROM newest_pages WHERE NOT retracted"
                + " ORDER BY topic_slug, first_published_at DESC, story_id DESC", statement -> listed(statement.executeQuery()));
    }

    private static List<ListedPage> listed(ResultSet result) throws SQLException {
        try (result) {
            List<ListedPage> pages = new ArrayList<>();
            while (result.next()) {
                pages.add(new ListedPage(
                        result.getString(1),
                        new PageAddress(result.getString(2), result.getString(3)),
                        result.getString(4),
                        result.getString(5),
                        result.getString(6),
                        result.getString(7),
                        result.getBoolean(8),
                        result.getObject(9, OffsetDateTime.class).toInstant(),
                        result.getObject(10, OffsetDateTime.class).toInstant()));
            }
            return pages;
        }
    }
}
