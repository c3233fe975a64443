package news.prism.ingest.feed;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.prism.ingest.feed.FeedRepository.DueFeed;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one claimed feed: fetches it outside any transaction, and takes each item in through {@link SourceIntake},
 * oldest first, each in its own transaction, with the item's guid as its guid. The poll's outcome is recorded on the
 * feed; the validators of a new document only once all its items are taken in, so a poll that fails half-way reads
 * the document again next time. A failed poll puts the next attempt off by the {@link FeedBackoff}.
 */
@Singleton
public class FeedPoll {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoll.class);
    /** The count of refused items is complete; the reasons of this many are kept. */
    private static final int KEPT_REJECTIONS = 100;
    private static final String ITEMS = "items";

    private final FeedRepository feeds;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final FeedItems items;
    private final SourceIntake intake;
    private final FeedBackoff backoff;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public FeedPoll(FeedRepository feeds, FeedFetcher fetcher, FeedParser parser, FeedItems items,
                    SourceIntake intake, FeedBackoff backoff, TransactionOperations<Connection> transactions,
                    Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.parser = parser;
        this.items = items;
        this.intake = intake;
        this.backoff = backoff;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void poll(DueFeed feed) {
        LastPoll poll;
        String etag = null;
        String lastModified = null;
        try {
            FetchedFeed fetched = fetcher.fetch(URI.create(feed.url()), feed.etag(), feed.lastModified());
            if (fetched instanceof FetchedFeed.Document document) {
                poll = takeItems(feed, parser.parse(document.content(), document.url()));
                etag = document.etag();
                lastModified = document.lastModified();
            } else {
                poll = LastPoll.notModified(clock.instant());
            }
        } catch (FeedRefusedException e) {
            LOG.warn("Feed {} ({}) failed: {}", feed.id(), feed.url(), e.getMessage());
            poll = LastPoll.failed(clock.instant(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Feed {} ({}) could not be taken in", feed.id(), feed.url(), e);
            poll = LastPoll.failed(clock.instant(), "its items could not be stored: " + e.getMessage());
        }
        LastPoll outcome = poll;
        String newEtag = etag;
        String newLastModified = lastModified;
        Instant retryAt = outcome.outcome() == PollOutcome.FAILED
                ? outcome.at().plus(backoff.delayAfter(feed.intervalSeconds(), feed.consecutiveFailures() + 1))
                : null;
        transactions.executeWrite(status -> {
            feeds.recordPoll(feed.id(), outcome, newEtag, newLastModified, retryAt);
            return null;
        });
    }

    private LastPoll takeItems(DueFeed feed, ParsedFeed parsed) {
        int ingested = 0;
        int updated = 0;
        int duplicates = 0;
        List<ItemRejection> rejections = new ArrayList<>();
        Origin origin = Origin.feed(feed.url());
        // Feeds list the newest first; the oldest is taken in first, so a later copy links to an earlier original.
        for (FeedItem item : parsed.items().reversed()) {
            FieldPath path = FieldPath.element(ITEMS, item.index()).naming(item.names());
            switch (intake.take(items.submission(feed.id(), item), origin, path)) {
                case IntakeResult.Ingested ignored -> ingested++;
                case IntakeResult.Updated ignored -> updated++;
                case IntakeResult.Duplicate ignored -> duplicates++;
                case IntakeResult.Rejected rejected ->
                        rejections.add(new ItemRejection(item.index(), item.guid(), item.link(), rejected.errors()));
            }
        }
        List<ItemRejection> kept = rejections.reversed().stream().limit(KEPT_REJECTIONS).toList();
        return new LastPoll(clock.instant(), PollOutcome.FETCHED, null, ingested, updated, duplicates, rejections.size(),
                kept);
    }
}
