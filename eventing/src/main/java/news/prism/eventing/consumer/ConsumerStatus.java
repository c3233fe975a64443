package news.prism.eventing.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What one consumer thread is doing, for health checks and metrics: read from any thread. */
public final class ConsumerStatus {

    /** The phases of a consumer thread's life. */
    public enum State {
        /** Not yet subscribed, or subscribing again after a restart. */
        STARTING,
        /** Subscribed and polling; events are being handled, or waited for. */
        POLLING,
        /** Polling, with an event held back until a dependency (database, broker) answers again. */
        WAITING_FOR_DEPENDENCY,
        /** Its session failed; it waits out a backoff, then subscribes again. */
        RESTARTING,
        /** Stopped with the service. */
        STOPPED
    }

    private final String clientId;
    private final Clock clock;
    private final AtomicLong restarts = new AtomicLong();
    private volatile State state = State.STARTING;
    private volatile Instant lastPoll;
    private volatile String lastFailure;

    ConsumerStatus(String clientId, Clock clock) {
        this.clientId = clientId;
        this.clock = clock;
        this.lastPoll = clock.instant();
    }

    public String clientId() {
        return clientId;
    }

    public State state() {
        return state;
    }

    /** Whether it is subscribed and polling, able to take events once its dependencies answer. */
    public boolean isRunning() {
        return state == State.POLLING || state == State.WAITING_FOR_DEPENDENCY;
    }

    /** Whether it has not come back to poll for longer than {@code stallTimeout} while it should be running. */
    public boolean isStalled(Duration stallTimeout) {
        return state != State.STOPPED && Duration.between(lastPoll, clock.instant()).compareTo(stallTimeout) > 0;
    }

    public long restarts() {
        return restarts.get();
    }

    /** The last failure that ended a session or held an event back, as class and message; null if none yet. */
    public String lastFailure() {
        return lastFailure;
    }

    void polled() {
        lastPoll = clock.instant();
        if (state == State.STARTING) {
            state = State.POLLING;
        }
    }

    void waitingFor(Throwable failure) {
        state = State.WAITING_FOR_DEPENDENCY;
        lastFailure = describe(failure);
    }

    void dependencyBack() {
        if (state == State.WAITING_FOR_DEPENDENCY) {
            state = State.POLLING;
        }
    }

    void sessionFailed(Throwable failure) {
        state = State.RESTARTING;
        lastFailure = describe(failure);
    }

    void subscribing() {
        if (state == State.RESTARTING) {
            restarts.incrementAndGet();
        }
        state = State.STARTING;
        lastPoll = clock.instant();
    }

    void stopped() {
        state = State.STOPPED;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getName() + ": " + failure.getMessage();
    }
}
