package news.prism.ingest.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the service over HTTP against the shared real PostgreSQL (a database of the test class's own) and Kafka
 * broker: the API client, the events announced on {@code ingest.sources.v1} and the stored rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpIntakeTest implements TestPropertyProvider {

    protected static final String TOPIC = "ingest.sources.v1";
    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    protected static final Duration QUIET_PERIOD = Duration.ofSeconds(2);

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    protected Map<String, String> properties;
    protected ApiClient api;
    protected EventsOnTopic events;
    protected Rows rows;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC);
        properties = new HashMap<>(infrastructure.micronautProperties("ingest_" + getClass().getSimpleName()));
        // The inbound topic has a test of its own.
        properties.put("prism.consumer.enabled", "false");
        properties.putAll(settings());
        return properties;
    }

    /** The settings this test class changes. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    @BeforeAll
    void connect() {
        api = new ApiClient(server.getURI(), json);
        events = new EventsOnTopic(Infrastructure.shared().bootstrapServers(), TOPIC);
        rows = new Rows(properties);
    }

    @AfterAll
    void disconnect() {
        events.close();
    }
}
