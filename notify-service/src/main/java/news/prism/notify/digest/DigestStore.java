package news.prism.notify.digest;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.notify.subscription.Frequency;

/** Digest subscriptions, their periods and the digests recorded for them. Every method runs in the caller's transaction. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class DigestStore {

    /**
     * The stories a digest lists: of its topic, first published in its period, not withdrawn, and not mailed to the
     * reader on their own already (before the reader chose a digest). Parameters: topic, start, end, subscriber.
     */
    private static final String STORIES_OF_PERIOD = """
            FROM pages p
            WHERE p.topic_slug = ? AND p.first_published_at >= ? AND p.first_published_at < ?
              AND p.withdrawn_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.subscriber_id = ? AND d.story_id = p.story_id)""";

    private static final String OPEN_PERIOD = """
            SELECT t.subscriber_id, t.topic_slug, t.frequency, t.digest_since, t.digest_due_at,
                s.time_zone, s.digest_time, s.digest_weekday
            FROM subscriptions t JOIN subscribers s ON s.id = t.subscriber_id
            WHERE t.status = 'ACTIVE' AND s.status = 'ACTIVE'""";

    private final Sql sql;

    DigestStore(Sql sql) {
        this.sql = sql;
    }

    /** Up to {@code limit} active digest subscriptions whose period had ended by {@code now}, oldest first. */
    List<OpenPeriod> due(Instant now, int limit) {
        return sql.list(OPEN_PERIOD + " AND t.digest_due_at <= ? ORDER BY t.digest_due_at LIMIT ?",
                DigestStore::openPeriod, now, limit);
    }

    /**
     * The subscription's period if it has still ended by {@code now}, locked until the transaction ends; empty when
     * another scheduler holds it or has dealt with it meanwhile.
     */
    Optional<OpenPeriod> lockDue(UUID subscriberId, String topic, Instant now) {
        return sql.one(OPEN_PERIOD + """
                 AND t.digest_due_at <= ? AND t.subscriber_id = ? AND t.topic_slug = ?
                FOR UPDATE OF t SKIP LOCKED""", DigestStore::openPeriod, now, subscriberId, topic);
    }

    /** The open period of an active digest subscription, locked until the transaction ends (waiting for others). */
    Optional<OpenPeriod> lockOpen(UUID subscriberId, String topic) {
        return sql.one(OPEN_PERIOD + """
                 AND t.digest_due_at IS NOT NULL AND t.subscriber_id = ? AND t.topic_slug = ?
                FOR UPDATE OF t""", DigestStore::openPeriod, subscriberId, topic);
    }

    /**
     * Records the period, from its start to {@code end}, as done. @return the digest's id, or empty when this period
     * was recorded before (the unique key on subscriber, topic and period start)
     */
    Optional<UUID> record(OpenPeriod period, Instant end, int stories, Instant now) {
        return sql.one("""
                INSERT INTO digests
                    (id, subscriber_id, topic_slug, frequency, period_start, period_end, stories, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT digests_once_per_period DO NOTHING
                RETURNING id""", row -> Sql.uuid(row, "id"), UUID.randomUUID(), period.subscriberId(),
                period.topic(), period.frequency(), period.since(), end, stories, now);
    }

    /** The subscription's next period runs from {@code since} to {@code dueAt}. */
    void advance(OpenPeriod period, Instant since, Instant dueAt) {
        sql.update("""
                UPDATE subscriptions SET digest_since = ?, digest_due_at = ?
                WHERE subscriber_id = ? AND topic_slug = ?""", since, dueAt, period.subscriberId(), period.topic());
    }

    void attachMail(UUID digestId, long mailId) {
        sql.update("UPDATE digests SET mail_id = ? WHERE id = ?", mailId, digestId);
    }

    int countStories(UUID subscriberId, String topic, Instant start, Instant end) {
        return sql.one("SELECT count(*) " + STORIES_OF_PERIOD, row -> row.getInt(1),
                topic, start, end, subscriberId).orElseThrow();
    }

    List<DigestStory> stories(Digest digest) {
        return sql.list("""
                SELECT p.story_id, p.topic_name, p.headline, p.summary, p.url, p.outlets, p.viewpoints
                """ + STORIES_OF_PERIOD + " ORDER BY p.first_published_at, p.story_id",
                row -> new DigestStory(row.getString("story_id"), row.getString("topic_name"),
                        row.getString("headline"), row.getString("summary"), row.getString("url"),
                        row.getInt("outlets"), row.getInt("viewpoints")),
                digest.topic(), digest.start(), digest.end(), digest.subscriberId());
    }

    /** The digest a queued mail sends, and whether its reader still gets the topic. */
    Optional<Digest> forMail(long mailId) {
        return sql.one("""
                SELECT g.id, g.subscriber_id, s.email, g.topic_slug, g.frequency, g.period_start, g.period_end,
                    s.status = 'ACTIVE' AND EXISTS (
                        SELECT 1 FROM subscriptions t
                        WHERE t.subscriber_id = s.id AND t.topic_slug = g.topic_slug AND t.status = 'ACTIVE') AS wanted
                FROM digests g JOIN subscribers s ON s.id = g.subscriber_id
                WHERE g.mail_id = ?""",
                row -> new Digest(Sql.uuid(row, "id"), Sql.uuid(row, "subscriber_id"), row.getString("email"),
                        row.getString("topic_slug"), Frequency.valueOf(row.getString("frequency")),
                        Sql.instant(row, "period_start"), Sql.instant(row, "period_end"), row.getBoolean("wanted")),
                mailId);
    }

    private static OpenPeriod openPeriod(ResultSet row) throws SQLException {
        return new OpenPeriod(Sql.uuid(row, "subscriber_id"), row.getString("topic_slug"),
                Frequency.valueOf(row.getString("frequency")), Sql.instant(row, "digest_since"),
                Sql.instant(row, "digest_due_at"), DigestSchedule.of(row));
    }
}
