package news.prism.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Database names made safe to splice into SQL, and their creation on a server. */
final class DatabaseNames {

    private static final String DUPLICATE_DATABASE = "42P04";
    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private DatabaseNames() {
    }

    static String sanitize(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A database needs a name");
        }
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (Character.isDigit(safe.charAt(0))) {
            safe = "db_" + safe;
        }
        return safe.length() > MAX_IDENTIFIER_LENGTH ? safe.substring(0, MAX_IDENTIFIER_LENGTH) : safe;
    }

    /** Creates the (already sanitized) database through a connection to an existing one, unless it exists. */
    static void createIfAbsent(String adminJdbcUrl, String username, String password, String database) {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            // Another JVM or thread created it between our check and our CREATE.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
