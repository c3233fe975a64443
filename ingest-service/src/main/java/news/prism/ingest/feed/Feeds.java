package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.errors.Conflict;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.HostRefusedException;
import news.prism.ingest.normalize.InvalidUrlException;
import news.prism.ingest.normalize.UrlCanonicalizer;

/**
 * Adds, lists, pauses, resumes and removes feeds. A feed's URL must pass the {@link FeedUrlParser} as given and as
 * kept: canonical, so one feed cannot be added twice under two spellings. Its host is checked against the address
 * rules when it is added, and again at every connection, as names can change what they resolve to.
 */
@Singleton
public class Feeds {

    private final FeedRepository feeds;
    private final FeedUrlParser parser;
    private final UrlCanonicalizer urls;
    private final CheckedDnsResolver resolver;
    private final FeedSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public Feeds(FeedRepository feeds, FeedUrlParser parser, UrlCanonicalizer urls, CheckedDnsResolver resolver,
                 FeedSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.feeds = feeds;
        this.parser = parser;
        this.urls = urls;
        this.resolver = resolver;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new feed, due at once. */
    public Feed add(FeedRequest request, String user) {
        List<FieldError> errors = new ArrayList<>();
        String url = url(request.url(), errors);
        int interval = interval(request.intervalSeconds(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Instant now = clock.instant();
        Feed feed = new Feed(UUID.randomUUID(), url, interval, FeedStatus.ACTIVE, now, null, null, user, now, null, 0);
        return transactions.executeWrite(status -> {
            if (!feeds.insertIfNew(feed)) {
                UUID existing = feeds.findByUrl(url).map(Feed::id).orElse(null);
                throw new Conflict("The feed " + url + " is already polled as " + existing);
            }
            return feed;
        });
    }

    public List<Feed> all() {
        return transactions.executeRead(status -> feeds.findAll());
    }

    public Feed get(UUID id) {
        return transactions.executeRead(status -> feeds.findById(id)).orElseThrow(() -> notFound(id));
    }

    public Feed pause(UUID id) {
        return setStatus(id, FeedStatus.PAUSED);
    }

    /** A resumed feed is due at once. */
    public Feed resume(UUID id) {
        return setStatus(id, FeedStatus.ACTIVE);
    }

    public void remove(UUID id) {
        if (!transactions.executeWrite(status -> feeds.delete(id))) {
            throw notFound(id);
        }
    }

    private Feed setStatus(UUID id, FeedStatus status) {
        return transactions.executeWrite(tx -> {
            if (!feeds.setStatus(id, status, clock.instant())) {
                throw notFound(id);
            }
            return feeds.findById(id).orElseThrow(() -> notFound(id));
        });
    }

    private String url(@Nullable String url, List<FieldError> errors) {
        String canonical;
        URI checked;
        try {
            parser.parse(url);
            canonical = urls.canonicalize(url);
            checked = parser.parse(canonical);
        } catch (InvalidUrlException | InvalidFeedUrlException e) {
            errors.add(new FieldError("url", e.getMessage()));
            return null;
        }
        try {
            resolver.checkUnlessUnresolved(checked.getHost());
        } catch (HostRefusedException e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
        return canonical;
    }

    private int interval(@Nullable Integer seconds, List<FieldError> errors) {
        if (seconds == null) {
            return settings.defaultIntervalSeconds();
        }
        if (seconds < settings.minIntervalSeconds() || seconds > settings.maxIntervalSeconds()) {
            errors.add(new FieldError("intervalSeconds", "must be between " + settings.minIntervalSeconds()
                    + " and " + settings.maxIntervalSeconds() + " seconds"));
        }
        return seconds;
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No feed " + id);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
