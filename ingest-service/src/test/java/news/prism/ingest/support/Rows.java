package news.prism.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Counts rows in the service's database through a connection of its own, outside the service's transactions. */
public final class Rows {

    private final String url;
    private final String username;
    private final String password;

    public Rows(Map<String, String> properties) {
        this.url = properties.get("datasources.default.url");
        this.username = properties.get("datasources.default.username");
        this.password = properties.get("datasources.default.password");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public String string(String sql, Object... parameters) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** Runs an update, e.g. to make a feed due without waiting for it. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    public long sources() {
        return count("SELECT count(*) FROM sources");
    }

    public long outbox() {
        return count("SELECT count(*) FROM outbox");
    }

    public long outboxFor(String key) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ?", key);
    }
}
