package news.prism.ingest.feed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks for due feeds every {@code prism.ingest.feeds.poller.poll-every}, one round after the other. */
@Singleton
@Requires(property = "prism.ingest.feeds.poller.enabled", notEquals = "false")
public class FeedSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSchedule.class);

    private final FeedPoller poller;

    public FeedSchedule(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelay = "${prism.ingest.feeds.poller.poll-every}",
            initialDelay = "${prism.ingest.feeds.poller.poll-every}")
    void pollDueFeeds() {
        try {
            int polled = poller.pollDue();
            if (polled > 0) {
                LOG.debug("Polled {} feed(s)", polled);
            }
        } catch (RuntimeException e) {
            // A database outage, say: the next round tries again.
            LOG.error("Polling feeds failed", e);
        }
    }
}
