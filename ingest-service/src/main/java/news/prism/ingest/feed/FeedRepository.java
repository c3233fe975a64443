package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code feeds} table. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class FeedRepository {

    private static final String COLUMNS = """
            id, url, interval_seconds, status, next_poll_at, etag, last_modified, created_by, created_at,
            last_polled_at, last_outcome, last_error, last_ingested, last_updated, last_duplicates, last_rejected,
            last_rejections, consecutive_failures""";
    private static final Argument<List<ItemRejection>> REJECTIONS = Argument.listOf(ItemRejection.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public FeedRepository(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return false when a feed with this URL exists */
    public boolean insertIfNew(Feed feed) {
        return update("""
                INSERT INTO feeds (id, url, interval_seconds, status, next_poll_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING""", statement -> {
            statement.setObject(1, feed.id());
            statement.setString(2, feed.url());
            statement.setInt(3, feed.intervalSeconds());
            statement.setString(4, feed.status().name());
            statement.setObject(5, utc(feed.nextPollAt()));
            statement.setString(6, feed.createdBy());
            statement.setObject(7, utc(feed.createdAt()));
        }) == 1;
    }

    public Optional<Feed> findById(UUID id) {
        return query("SELECT " + COLUMNS + " FROM feeds WHERE id = ?", statement -> statement.setObject(1, id))
                .stream().findFirst();
    }

    public Optional<Feed> findByUrl(String url) {
        return query("SELECT " + COLUMNS + " FROM feeds WHERE url = ?", statement -> statement.setString(1, url))
                .stream().findFirst();
    }

    public List<Feed> findAll() {
        return query("SELECT " + COLUMNS + " FROM feeds ORDER BY created_at, id", statement -> { });
    }

    /** Pauses or resumes a feed; a resumed feed is due at {@code nextPollAt}, a paused one keeps its time. */
    public boolean setStatus(UUID id, FeedStatus status, Instant nextPollAt) {
        return update("""
                UPDATE feeds
                SET status = ?,
                    next_poll_at = CASE WHEN status = 'PAUSED' AND ? = 'ACTIVE' THEN ? ELSE next_poll_at END
                WHERE id = ?""", statement -> {
            statement.setString(1, status.name());
            statement.setString(2, status.name());
            statement.setObject(3, utc(nextPollAt));
            statement.setObject(4, id);
        }) == 1;
    }

    public boolean delete(UUID id) {
        return update("DELETE FROM feeds WHERE id = ?", statement -> statement.setObject(1, id)) == 1;
    }

    /**
     * Claims up to {@code limit} active feeds that are due, those due longest first, for this instance: the next poll
     * of each moves one interval on, so that no other instance takes it (and the feed is tried again then should
     * this instance stop half-way), and the rows other instances hold are skipped rather than waited for.
     */
    public List<DueFeed> claimDue(Instant now, int limit) {
        return jdbc.prepareStatement("""
                WITH due AS (SELECT id, next_poll_at FROM feeds
                             WHERE status = 'ACTIVE' AND next_poll_at <= ?::timestamptz
                             ORDER BY next_poll_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE feeds SET next_poll_at = ?::timestamptz + make_interval(secs => feeds.interval_seconds)
                FROM due WHERE feeds.id = due.id
                RETURNING feeds.id, feeds.url, feeds.etag, feeds.last_modified, feeds.interval_seconds,
                          feeds.consecutive_failures, due.next_poll_at""", statement -> {
            try {
                statement.setObject(1, utc(now));
                statement.setInt(2, limit);
                statement.setObject(3, utc(now));
                List<DueFeed> claimed = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        claimed.add(new DueFeed(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                                row.getString(4), row.getInt(5), row.getInt(6), row.getTimestamp(7).toInstant()));
                    }
                }
                claimed.sort(Comparator.comparing(DueFeed::dueAt).thenComparing(DueFeed::id));
                return claimed;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not claim due feeds", e);
            }
        });
    }

    /**
     * Records a poll; the validators are replaced only when a new document was read. A failed poll counts one more
     * consecutive failure and moves the next attempt to {@code retryAt}; any other resets the count.
     */
    public void recordPoll(UUID id, LastPoll poll, String etag, String lastModified, @Nullable Instant retryAt) {
        boolean fetched = poll.outcome() == PollOutcome.FETCHED;
        update("""
                UPDATE feeds SET last_polled_at = ?, last_outcome = ?, last_error = ?, last_ingested = ?,
                                 last_updated = ?, last_duplicates = ?, last_rejected = ?, last_rejections = ?,
                                 consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END,
                                 etag = CASE WHEN ? THEN ? ELSE etag END,
                                 last_modified = CASE WHEN ? THEN ? ELSE last_modified END,
                                 next_poll_at = COALESCE(?::timestamptz, next_poll_at)
                WHERE id = ?""", statement -> {
            statement.setObject(1, utc(poll.at()));
            statement.setString(2, poll.outcome().name());
            statement.setString(3, poll.error());
            statement.setInt(4, poll.ingested());
            statement.setInt(5, poll.updated());
            statement.setInt(6, poll.duplicates());
            statement.setInt(7, poll.rejected());
            statement.setString(8, write(poll.rejections()));
            statement.setBoolean(9, poll.outcome() == PollOutcome.FAILED);
            statement.setBoolean(10, fetched);
            statement.setString(11, etag);
            statement.setBoolean(12, fetched);
            statement.setString(13, lastModified);
            statement.setObject(14, utc(retryAt));
            statement.setObject(15, id);
        });
    }

    private Feed read(ResultSet row) throws SQLException {
        Timestamp polledAt = row.getTimestamp("last_polled_at");
        LastPoll lastPoll = polledAt == null ? null : new LastPoll(polledAt.toInstant(),
                PollOutcome.valueOf(row.getString("last_outcome")), row.getString("last_error"),
                row.getInt("last_ingested"), row.getInt("last_updated"), row.getInt("last_duplicates"),
                row.getInt("last_rejected"), readRejections(row.getString("last_rejections")));
        return new Feed(row.getObject("id", UUID.class), row.getString("url"), row.getInt("interval_seconds"),
                FeedStatus.valueOf(row.getString("status")), row.getTimestamp("next_poll_at").toInstant(),
                row.getString("etag"), row.getString("last_modified"), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(), lastPoll, row.getInt("consecutive_failures"));
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

    private List<Feed> query(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                binder.bind(statement);
                List<Feed> feeds = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        feeds.add(read(row));
                    }
                }
                return feeds;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read feeds", e);
            }
        });
    }

    private int update(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                binder.bind(statement);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write feeds", e);
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * A feed claimed for polling, with the validators of its last document, its interval and failures so far (for
     * the backoff of a failed poll) and when it was due.
     */
    public record DueFeed(UUID id, String url, @Nullable String etag, @Nullable String lastModified,
                          int intervalSeconds, int consecutiveFailures, Instant dueAt) {
    }
}
