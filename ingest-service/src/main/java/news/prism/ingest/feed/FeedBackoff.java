package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * How long a failing feed waits for its next attempt: its interval doubled for every consecutive failure
 * (interval × 2^failures), at most {@code prism.ingest.feeds.poller.max-backoff}, but never less than the interval.
 * A successful poll resets the count, and the feed is polled at its interval again.
 */
@Singleton
public class FeedBackoff {

    private final FeedPollerSettings settings;

    public FeedBackoff(FeedPollerSettings settings) {
        this.settings = settings;
    }

    /** @param failures consecutive failures, the one just recorded included */
    public Duration delayAfter(int intervalSeconds, int failures) {
        Duration interval = Duration.ofSeconds(intervalSeconds);
        Duration cap = settings.maxBackoff().compareTo(interval) > 0 ? settings.maxBackoff() : interval;
        Duration delay = interval;
        for (int doubled = 0; doubled < failures && delay.compareTo(cap) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) < 0 ? delay : cap;
    }
}
