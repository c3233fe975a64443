package news.prism.http.outbound;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Cancels requests that run past their deadline: the client's timeouts bound each wait for bytes, this bounds the
 * whole exchange, which a peer sending one byte at a time would otherwise stretch without end.
 */
public final class RequestDeadlines implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    /** @param threadName the name of the one thread that cancels */
    public RequestDeadlines(String threadName) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /** Cancels the request when the time is up, unless the returned deadline is closed before. */
    public RequestDeadline start(Cancellable request, Duration time) {
        AtomicBoolean passed = new AtomicBoolean();
        ScheduledFuture<?> cancel = scheduler.schedule(() -> {
            passed.set(true);
            request.cancel();
        }, time.toMillis(), TimeUnit.MILLISECONDS);
        return new RequestDeadline(cancel, passed);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** One request's deadline; {@link #passed()} tells a cancelled request's failure from any other. */
    public static final class RequestDeadline implements AutoCloseable {

        private final ScheduledFuture<?> cancel;
        private final AtomicBoolean passed;

        private RequestDeadline(ScheduledFuture<?> cancel, AtomicBoolean passed) {
            this.cancel = cancel;
            this.passed = passed;
        }

        public boolean passed() {
            return passed.get();
        }

        @Override
        public void close() {
            cancel.cancel(false);
        }
    }
}
