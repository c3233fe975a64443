package news.prism.story;

import io.micronaut.test.support.TestPropertyProvider;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.testkit.EventSender;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.ServiceDatabase;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the service against the JVM's one real Kafka broker and PostgreSQL server, in a database and consumer group
 * of the test class's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTestSupport implements TestPropertyProvider {

    public static final String SOURCES_TOPIC = "ingest.sources.v1";
    public static final String STORIES_TOPIC = "story.stories.v1";

    protected final Infrastructure infrastructure = Infrastructure.shared();
    /** Sends events as ingest-service's outbox relay would. */
    protected final EventSender events = new EventSender(infrastructure.bootstrapServers(), "/prism/ingest-service");
    private ServiceDatabase database;

    /** Names this test class's database and consumer group. */
    protected abstract String name();

    @Override
    public Map<String, String> getProperties() {
        infrastructure.createTopics(SOURCES_TOPIC, STORIES_TOPIC);
        Map<String, String> service = new HashMap<>(infrastructure.micronautProperties("story_" + name()));
        service.put("prism.consumer.group-id", "story-service-" + name());
        service.put("micronaut.server.port", "-1");
        database = new ServiceDatabase(service);
        return service;
    }

    /** A single number from the service's database, e.g. {@code SELECT count(*) ...}. */
    protected long count(String sql, Object... parameters) {
        return database.count(sql, parameters);
    }

    /** A single text from the service's database, or null when there is no row. */
    protected String string(String sql, Object... parameters) {
        return database.string(sql, parameters);
    }

    /** Changes the service's database behind its back, for states the API cannot reach. */
    protected void execute(String sql, Object... parameters) {
        database.update(sql, parameters);
    }

    /** Every event with {@code key} on {@code topic}, read from the beginning until {@code count} are found. */
    protected List<TopicEvent> awaitEvents(String topic, String key, int count, Duration timeout) {
        return EventsOnTopic.awaitKey(infrastructure.bootstrapServers(), topic, key, count, timeout);
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }
}
