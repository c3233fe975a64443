package news.prism.eventing.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the notification PostgreSQL sends when a transaction that wrote outbox rows commits (see migration
 * {@code V0_3__outbox_wakeup}), on a connection of its own that listens on the channel. Notifications that arrive
 * while nobody waits are kept by the connection, so none is missed between two waits. While the database is away
 * it simply waits the whole time and listens again afterwards.
 */
final class OutboxSignals implements AutoCloseable {

    static final String CHANNEL = "prism_outbox";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSignals.class);
    /** How often a wait looks whether the service is stopping. */
    private static final long SLICE_MILLIS = 200;

    private final DataSource dataSource;
    private Connection listening;
    private volatile boolean stopped;

    OutboxSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns when events were committed since the last call, after {@code longest}, or once stopped; at once when
     * it has just begun to listen, since events committed before that sent no notification it could hear.
     */
    void await(Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        try {
            if (listening == null) {
                listen();
                return;
            }
            PGConnection connection = listening.unwrap(PGConnection.class);
            for (long left = remainingMillis(deadline); left > 0 && !stopped; left = remainingMillis(deadline)) {
                // 0 would mean "wait forever" to the driver.
                PGNotification[] notifications = connection.getNotifications((int) Math.clamp(left, 1, SLICE_MILLIS));
                if (notifications != null && notifications.length > 0) {
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Not listening for outbox notifications: {}", e.toString());
            disconnect();
            for (long left = remainingMillis(deadline); left > 0 && !stopped; left = remainingMillis(deadline)) {
                TimeUnit.MILLISECONDS.sleep(Math.min(left, SLICE_MILLIS));
            }
        }
    }

    private void listen() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement listen = connection.createStatement()) {
            connection.setAutoCommit(true);
            listen.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        listening = connection;
    }

    private static long remainingMillis(long deadline) {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    private void disconnect() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                LOG.debug("Closing the outbox listener failed: {}", e.getMessage());
            }
            listening = null;
        }
    }

    /** Ends the current wait, and every later one, within a moment; from any thread. */
    void stop() {
        stopped = true;
    }

    /** Lets go of the listening connection; by the waiting thread, when it is done. */
    @Override
    public void close() {
        disconnect();
    }
}
