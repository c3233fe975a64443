package news.prism.eventing.signal;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns PostgreSQL notifications into {@link Signal}s, on one connection and one thread per instance, however many
 * channels and waiters there are. A trigger sends the notification ({@code prism_signal('channel')}, see migration
 * {@code V0_4__database_signals}); PostgreSQL delivers it when the writing transaction commits, to every listening
 * session of every instance, and not at all on a rollback.
 *
 * <p>Whenever the listener begins to listen on a channel, on its first connection or after a failed one, it raises
 * that channel's signal at once: what was committed before it listened sent no notification it could hear. While
 * the database is away the waiters fall back on their own intervals.
 */
@Singleton
public class DatabaseSignals {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final SignalSettings settings;
    private final Map<String, Signal> signals = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread listener;

    public DatabaseSignals(DataSource dataSource, SignalSettings settings) {
        // The pool itself: the injected data source hands out only the connection of the current transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.settings = settings;
    }

    /** The signal of a channel, listened to from now on (within {@code prism.signals.slice}). */
    public synchronized Signal signal(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        Signal signal = signals.computeIfAbsent(channel, Signal::new);
        if (listener == null && running) {
            listener = Thread.ofPlatform().name("prism-database-signals").daemon().start(this::listenWhileRunning);
        }
        return signal;
    }

    private void listenWhileRunning() {
        boolean failedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (failedBefore) {
                    LOG.info("Listening for database notifications again");
                    failedBefore = false;
                }
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                // The first failure says why; while the database stays away, the rest say it more quietly.
                if (failedBefore) {
                    LOG.debug("Still not listening for database notifications: {}", e.toString());
                } else {
                    LOG.warn("Not listening for database notifications; waiting threads poll meanwhile", e);
                    failedBefore = true;
                }
                pause();
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        Set<String> listening = new HashSet<>();
        int sliceMillis = (int) Math.max(1, settings.slice().toMillis());
        while (running) {
            for (Signal signal : signals.values()) {
                if (listening.add(signal.channel())) {
                    try (Statement listen = connection.createStatement()) {
                        listen.execute("LISTEN " + signal.channel());
                    }
                    signal.raise();
                }
            }
            PGNotification[] arrived = notifications.getNotifications(sliceMillis);
            if (arrived != null) {
                for (PGNotification notification : arrived) {
                    Signal signal = signals.get(notification.getName());
                    if (signal != null) {
                        signal.raise();
                    }
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.reconnectBackoff());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening within a slice and lets go of the connection. */
    @PreDestroy
    void stop() throws InterruptedException {
        Thread current;
        synchronized (this) {
            running = false;
            current = listener;
        }
        if (current != null) {
            current.join(settings.slice().plus(settings.reconnectBackoff()).toMillis());
        }
    }
}
