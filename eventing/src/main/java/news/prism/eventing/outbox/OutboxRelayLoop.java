package news.prism.eventing.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import news.prism.eventing.signal.DatabaseSignals;
import news.prism.eventing.signal.Signal;
import news.prism.eventing.signal.Waiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OutboxRelay} as soon as events are committed, on a thread of its own: woken by the notification a
 * trigger on {@code outbox} sends on commit (see {@link DatabaseSignals}), and every
 * {@code prism.outbox.poll-interval} in any case, so that a lost notification (the listener reconnecting, an
 * instance that could not relay while another held the lock) delays events by at most that. Events written by this
 * instance wake it straight after their commit, without waiting for the notification's way through the database.
 */
@Singleton
@Requires(property = "prism.outbox.relay-enabled", notEquals = "false")
public class OutboxRelayLoop implements ApplicationEventListener<StartupEvent> {

    /**
     * The channel the trigger on {@code outbox} notifies (migration {@code V0_4__database_signals}) when a
     * transaction that wrote events commits.
     */
    public static final String CHANNEL = "prism_outbox";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayLoop.class);
    /** A relay run in progress sends at most one batch more; Kafka's own close timeout bounds that. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final OutboxRelay relay;
    private final OutboxSettings settings;
    private final Signal signal;
    private final Waiter committed;
    private final Thread thread;
    private volatile boolean running = true;

    public OutboxRelayLoop(OutboxRelay relay, OutboxSettings settings, DatabaseSignals signals) {
        this.relay = relay;
        this.settings = settings;
        this.signal = signals.signal(CHANNEL);
        this.committed = signal.waiter();
        this.thread = Thread.ofPlatform().name("prism-outbox-relay").daemon().unstarted(this::run);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        thread.start();
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    void committedHere(OutboxWritten written) {
        signal.raise();
    }

    private void run() {
        try {
            while (running) {
                committed.await(settings.pollInterval());
                if (running) {
                    relay.relayPending();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a relay run in progress finish; a wait ends within a moment. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        committed.stop();
        thread.join(STOP_TIMEOUT.toMillis());
        if (thread.isAlive()) {
            LOG.warn("The outbox relay did not stop in time; unsent events stay in the outbox");
        }
    }
}
