package news.prism.ingest.feed;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.ingest.feeds.poller.*}: whether this instance polls feeds, how often it looks for due ones, and how
 * many it polls in one round at most.
 */
@ConfigurationProperties("prism.ingest.feeds.poller")
public record FeedPollerSettings(boolean enabled, Duration pollEvery, int maxFeedsPerRound) {
}
