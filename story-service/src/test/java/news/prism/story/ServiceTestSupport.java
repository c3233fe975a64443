package news.prism.story;

import io.micronaut.test.support.TestPropertyProvider;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import news.prism.testkit.Infrastructure;
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
    protected final Events events = new Events(infrastructure.bootstrapServers());
    private Map<String, String> properties;

    /** Names this test class's database and consumer group. */
    protected abstract String name();

    @Override
    public Map<String, String> getProperties() {
        infrastructure.createTopics(SOURCES_TOPIC, STORIES_TOPIC);
        Map<String, String> service = new HashMap<>(infrastructure.micronautProperties("story_" + name()));
        service.put("prism.consumer.group-id", "story-service-" + name());
        service.put("micronaut.server.port", "-1");
        properties = service;
        return service;
    }

    /** A single number from the service's database, e.g. {@code SELECT count(*) ...}. */
    protected long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Changes the service's database behind its back, for states the API cannot reach. */
    protected void execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
