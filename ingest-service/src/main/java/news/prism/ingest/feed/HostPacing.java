package news.prism.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the requests of this instance to one host apart by at least a gap, measured from the end of one request to
 * the start of the next. It remembers each host only as long as the gap lasts.
 */
final class HostPacing {

    private final Duration gap;
    private final Clock clock;
    private final Map<String, Instant> lastDone = new ConcurrentHashMap<>();

    HostPacing(Duration gap, Clock clock) {
        this.gap = gap;
        this.clock = clock;
    }

    /** Waits until the gap since the last request to the host has passed. */
    void awaitTurn(String host) throws InterruptedException {
        Instant last = lastDone.get(host);
        if (last != null) {
            Duration wait = Duration.between(clock.instant(), last.plus(gap));
            if (wait.isPositive()) {
                Thread.sleep(wait);
            }
        }
    }

    void done(String host) {
        Instant now = clock.instant();
        lastDone.values().removeIf(last -> !last.plus(gap).isAfter(now));
        lastDone.put(host, now);
    }
}
