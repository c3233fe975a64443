package news.prism.ingest.feed;

import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import news.prism.ingest.feed.FeedRepository.DueFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds that are due, a round at a time: claims up to {@code max-feeds-per-round} of them (several
 * instances share the due feeds, see {@link FeedRepository#claimDue}) and polls them on a pool of {@code threads}:
 * the hosts side by side, the feeds of one host one after the other, at least {@code per-host-gap} apart. A slow
 * feed so holds up only the feeds of its own host. A round ends when all its feeds are polled.
 */
@Singleton
public class FeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedRepository feeds;
    private final FeedPoll poll;
    private final FeedPollerSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final HostPacing pacing;
    private final ExecutorService pool;

    public FeedPoller(FeedRepository feeds, FeedPoll poll, FeedPollerSettings settings,
                      TransactionOperations<Connection> transactions, Clock clock) {
        this.feeds = feeds;
        this.poll = poll;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.pacing = new HostPacing(settings.perHostGap(), clock);
        this.pool = Executors.newFixedThreadPool(settings.threads(),
                Thread.ofPlatform().name("feed-poller-", 1).daemon().factory());
    }

    /** @return how many feeds were polled */
    public int pollDue() {
        List<DueFeed> due = transactions.executeWrite(
                status -> feeds.claimDue(clock.instant(), settings.maxFeedsPerRound()));
        Map<String, List<DueFeed>> byHost = due.stream()
                .collect(Collectors.groupingBy(FeedPoller::host, LinkedHashMap::new, Collectors.toList()));
        List<Future<?>> hosts = byHost.entrySet().stream()
                .<Future<?>>map(host -> pool.submit(() -> pollInTurn(host.getKey(), host.getValue())))
                .toList();
        for (Future<?> host : hosts) {
            try {
                host.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                hosts.forEach(running -> running.cancel(true));
                break;
            } catch (ExecutionException e) {
                LOG.error("Polling the feeds of a host failed", e.getCause());
            }
        }
        return due.size();
    }

    private void pollInTurn(String host, List<DueFeed> feedsOfHost) {
        try {
            for (DueFeed feed : feedsOfHost) {
                pacing.awaitTurn(host);
                try {
                    poll.poll(feed);
                } catch (RuntimeException e) {
                    // Its outcome could not be recorded (the database is down, say): it is due again an interval on.
                    LOG.error("Feed {} ({}) could not be polled", feed.id(), feed.url(), e);
                } finally {
                    pacing.done(host);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The host politeness applies to; a URL stored before the strict parser may not parse, and stands for itself. */
    private static String host(DueFeed feed) {
        try {
            String host = URI.create(feed.url()).getHost();
            return host == null ? feed.url() : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return feed.url();
        }
    }

    @PreDestroy
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
