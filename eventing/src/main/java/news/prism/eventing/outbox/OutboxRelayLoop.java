package news.prism.eventing.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OutboxRelay} as soon as events are committed, on a thread of its own: woken by
 * {@link OutboxSignals}, and every {@code prism.outbox.poll-interval} in any case, so that a lost notification (the
 * listener reconnecting, an instance that could not relay while another held the lock) delays events by at most that.
 */
@Singleton
@Requires(property = "prism.outbox.relay-enabled", notEquals = "false")
public class OutboxRelayLoop implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayLoop.class);
    /** A relay run in progress sends at most one batch more; Kafka's own close timeout bounds that. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final OutboxRelay relay;
    private final OutboxSettings settings;
    private final OutboxSignals signals;
    private final Thread thread;
    private volatile boolean running = true;

    public OutboxRelayLoop(OutboxRelay relay, OutboxSettings settings, DataSource dataSource) {
        this.relay = relay;
        this.settings = settings;
        // The pool itself: the injected data source hands out only the connection of the current transaction.
        this.signals = new OutboxSignals(DelegatingDataSource.unwrapDataSource(dataSource));
        this.thread = Thread.ofPlatform().name("prism-outbox-relay").daemon().unstarted(this::run);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                signals.await(settings.pollInterval());
                if (running) {
                    relay.relayPending();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            signals.close();
        }
    }

    /** Lets a relay run in progress finish; a wait ends within a moment. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        signals.stop();
        thread.join(STOP_TIMEOUT.toMillis());
        if (thread.isAlive()) {
            LOG.warn("The outbox relay did not stop in time; unsent events stay in the outbox");
        }
    }
}
