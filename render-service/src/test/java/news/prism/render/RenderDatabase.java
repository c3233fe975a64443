package news.prism.render;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** Reads the service's own database from a test: its pages, retractions, inbox and outbox. */
public final class RenderDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Map<String, String> properties;

    public RenderDatabase(Map<String, String> properties) {
        this.properties = properties;
    }

    public long count(String sql, String... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows behind the service's back; returns how many. */
    public int update(String sql, String... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Waits until the service has handled (or skipped as a duplicate) the event with this id. */
    public void awaitProcessed(String eventId) {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM inbox WHERE event_id = ?", eventId) == 1);
    }

    /** Waits until the outbox relay has sent everything the service wrote to its outbox. */
    public void awaitOutboxSent() {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0);
    }
}
