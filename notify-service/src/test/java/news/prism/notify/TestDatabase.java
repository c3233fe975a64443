package news.prism.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Direct reads of the service's database, to check what it stored (and what it did not). */
final class TestDatabase {

    private final String url;
    private final String username;
    private final String password;

    TestDatabase(Map<String, String> properties) {
        this.url = properties.get("datasources.default.url");
        this.username = properties.get("datasources.default.username");
        this.password = properties.get("datasources.default.password");
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String string(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the consumer group has handled (and committed) the event. */
    boolean handled(String consumerGroup, String eventId) {
        return count("SELECT count(*) FROM inbox WHERE consumer_group = ? AND event_id = ?",
                consumerGroup, eventId) == 1;
    }

    /** {@code count} active subscribers of the topic, addressed {@code <prefix><n>@example.org}, in two statements. */
    void activeSubscribers(String prefix, String topic, int count) {
        execute("""
                INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
                SELECT gen_random_uuid(), ? || n || '@example.org', 'ACTIVE', now(), now()
                FROM generate_series(1, ?) AS n""", prefix, count);
        execute("""
                INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                SELECT id, ?, 'ACTIVE', now() FROM subscribers WHERE email LIKE ? || '%@example.org'""",
                topic, prefix);
    }

    long pendingMails() {
        return count("SELECT count(*) FROM mails WHERE status = 'PENDING'");
    }
}
