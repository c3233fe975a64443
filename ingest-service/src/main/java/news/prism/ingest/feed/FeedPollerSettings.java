package news.prism.ingest.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.ingest.feeds.poller.*}: how this instance polls feeds. Whether it polls at all ({@code enabled}) and
 * the pause between the end of one round and the look for due feeds of the next ({@code poll-every}) are read by
 * {@link FeedSchedule}'s annotations, not here.
 *
 * @param maxFeedsPerRound the most feeds claimed in one round
 * @param threads          feeds of different hosts polled at once
 * @param perHostGap       the least time between the end of one request to a host and the start of the next
 * @param maxBackoff       the longest a failing feed waits for its next attempt (a feed's own interval, if longer)
 */
@ConfigurationProperties("prism.ingest.feeds.poller")
public record FeedPollerSettings(
        int maxFeedsPerRound,
        int threads,
        Duration perHostGap,
        Duration maxBackoff) {
}
