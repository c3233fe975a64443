package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;

/** The {@code feeds} table. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class FeedRepository {

    private static final String COLUMNS = """
            id, url, interval_seconds, status, next_poll_at, etag, last_modified, created_by, created_at,
            last_polled_at, last_outcome, last_error, last_ingested, last_updated, last_duplicates, last_rejected,
            last_rejections, consecutive_failures""";
    private static final Argument<List<ItemRejection>> REJECTIONS = Argument.listOf(ItemRejection.class);

    private final Sql sql;
    private final JsonMapper json;

    public FeedRepository(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** @return false when a feed with this URL exists */
    public boolean insertIfNew(Feed feed) {
        return sql.update("""
                INSERT INTO feeds (id, url, interval_seconds, status, next_poll_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING""", feed.id(), feed.url(),
                feed.intervalSeconds(), feed.status(), feed.nextPollAt(), feed.createdBy(), feed.createdAt()) == 1;
    }

    public Optional<Feed> findById(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM feeds WHERE id = ?", this::read, id);
    }

    public Optional<Feed> findByUrl(String url) {
        return sql.one("SELECT " + COLUMNS + " FROM feeds WHERE url = ?", this::read, url);
    }

    public List<Feed> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM feeds ORDER BY created_at, id", this::read);
    }

    /** Pauses or resumes a feed; a resumed feed is due at {@code nextPollAt}, a paused one keeps its time. */
    public boolean setStatus(UUID id, FeedStatus status, Instant nextPollAt) {
        return sql.update("""
                UPDATE feeds
                SET status = ?,
                    next_poll_at = CASE WHEN status = 'PAUSED' AND ? = 'ACTIVE' THEN ? ELSE next_poll_at END
                WHERE id = ?""", status, status, nextPollAt, id) == 1;
    }

    public boolean delete(UUID id) {
        return sql.update("DELETE FROM feeds WHERE id = ?", id) == 1;
    }

    /**
     * Claims up to {@code limit} active feeds that are due, those due longest first, for this instance: the next poll
     * of each moves one interval on, so that no other instance takes it (and the feed is tried again then should
     * this instance stop half-way), and the rows other instances hold are skipped rather than waited for.
     */
    public List<DueFeed> claimDue(Instant now, int limit) {
        List<DueFeed> claimed = new ArrayList<>(sql.list("""
                WITH due AS (SELECT id, next_poll_at FROM feeds
                             WHERE status = 'ACTIVE' AND next_poll_at <= ?::timestamptz
                             ORDER BY next_poll_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE feeds SET next_poll_at = ?::timestamptz + make_interval(secs => feeds.interval_seconds)
                FROM due WHERE feeds.id = due.id
                RETURNING feeds.id, feeds.url, feeds.etag, feeds.last_modified, feeds.interval_seconds,
                          feeds.consecutive_failures, due.next_poll_at""",
                row -> new DueFeed(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getInt(5), row.getInt(6), Sql.instant(row, 7)),
                now, limit, now));
        claimed.sort(Comparator.comparing(DueFeed::dueAt).thenComparing(DueFeed::id));
        return claimed;
    }

    /**
     * Records a poll; the validators are replaced only when a new document was read. A failed poll counts one more
     * consecutive failure and moves the next attempt to {@code retryAt}; any other resets the count.
     */
    public void recordPoll(UUID id, LastPoll poll, String etag, String lastModified, @Nullable Instant retryAt) {
        boolean fetched = poll.outcome() == PollOutcome.FETCHED;
        sql.update("""
                UPDATE feeds SET last_polled_at = ?, last_outcome = ?, last_error = ?, last_ingested = ?,
                                 last_updated = ?, last_duplicates = ?, last_rejected = ?, last_rejections = ?,
                                 consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END,
                                 etag = CASE WHEN ? THEN ? ELSE etag END,
                                 last_modified = CASE WHEN ? THEN ? ELSE last_modified END,
                                 next_poll_at = COALESCE(?::timestamptz, next_poll_at)
                WHERE id = ?""", poll.at(), poll.outcome(), poll.error(), poll.ingested(), poll.updated(),
                poll.duplicates(), poll.rejected(), write(poll.rejections()), poll.outcome() == PollOutcome.FAILED,
                fetched, etag, fetched, lastModified, retryAt, id);
    }

    private Feed read(ResultSet row) throws SQLException {
        Instant polledAt = Sql.instant(row, "last_polled_at");
        LastPoll lastPoll = polledAt == null ? null : new LastPoll(polledAt,
                PollOutcome.valueOf(row.getString("last_outcome")), row.getString("last_error"),
                row.getInt("last_ingested"), row.getInt("last_updated"), row.getInt("last_duplicates"),
                row.getInt("last_rejected"), readRejections(row.getString("last_rejections")));
        return new Feed(row.getObject("id", UUID.class), row.getString("url"), row.getInt("interval_seconds"),
                FeedStatus.valueOf(row.getString("status")), Sql.instant(row, "next_poll_at"),
                row.getString("etag"), row.getString("last_modified"), row.getString("created_by"),
                Sql.instant(row, "created_at"), lastPoll, row.getInt("consecutive_failures"));
    }

    private List<ItemRejection> readRejections(String text) {
        try {
            return json.readValue(text, REJECTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored feed rejections are not JSON", e);
        }
    }

    private String write(List<ItemRejection> rejections) {
        try {
            return json.writeValueAsString(rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A feed claimed for polling, with the validators of its last document, its interval and failures so far (for
     * the backoff of a failed poll) and when it was due.
     */
    public record DueFeed(UUID id, String url, @Nullable String etag, @Nullable String lastModified,
                          int intervalSeconds, int consecutiveFailures, Instant dueAt) {
    }
}
