package news.prism.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import news.prism.eventing.outbox.OutboxRelayLoop;
import news.prism.testkit.DatabaseServer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears when a service's database commits a transaction that wrote events to its outbox: the notification its
 * outbox trigger sends to the relay ({@link OutboxRelayLoop#CHANNEL}), which PostgreSQL delivers on commit.
 */
final class CommitWatch implements AutoCloseable {

    private final Connection connection;
    private final PGConnection notifications;

    CommitWatch(DatabaseServer server, String database) throws SQLException {
        this.connection = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
        this.connection.setAutoCommit(true);
        this.notifications = connection.unwrap(PGConnection.class);
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + OutboxRelayLoop.CHANNEL);
        }
    }

    /** Forgets the commits heard so far. */
    void forget() throws SQLException {
        notifications.getNotifications();
    }

    /** Returns as soon as a commit is heard (true), or after {@code longest} (false). */
    boolean await(Duration longest) throws SQLException {
        PGNotification[] heard = notifications.getNotifications((int) Math.max(1, longest.toMillis()));
        return heard != null && heard.length > 0;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
