package news.prism.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A service's test database, reached through connections of its own outside the service's transactions: to check
 * what the service stored (and what it did not), or to change rows behind its back for states its API cannot reach.
 * A service's tests may extend it with queries of their own.
 */
public class ServiceDatabase {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String url;
    private final String username;
    private final String password;

    /** The database named by {@code datasources.default.*}, as {@link Infrastructure#micronautProperties} gives. */
    public ServiceDatabase(Map<String, String> micronautProperties) {
        this.url = micronautProperties.get("datasources.default.url");
        this.username = micronautProperties.get("datasources.default.username");
        this.password = micronautProperties.get("datasources.default.password");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** A single number, e.g. {@code SELECT count(*) ...}: the first column of the first row. */
    public long count(String sql, Object... parameters) {
        return query(sql, parameters, result -> {
            result.next();
            return result.getLong(1);
        });
    }

    /** The first column of the first row, or null when there is no row. */
    public String string(String sql, Object... parameters) {
        return query(sql, parameters, result -> result.next() ? result.getString(1) : null);
    }

    /** Runs an update (or any statement without rows); returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
            return Math.max(statement.getUpdateCount(), 0);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** Waits up to {@code timeout} until {@link #count} gives {@code expected}; fails if it never does. */
    public void awaitCount(long expected, Duration timeout, String sql, Object... parameters) {
        Instant deadline = Instant.now().plus(timeout);
        long last;
        while ((last = count(sql, parameters)) != expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + expected + " but still " + last + " after " + timeout
                        + " from " + sql);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private interface Rows<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> T query(String sql, Object[] parameters, Rows<T> rows) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            return rows.read(result);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
