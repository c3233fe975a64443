package news.prism.notify.delivery;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.events.DeliveryChannel;
import news.prism.data.Sql;
import news.prism.notify.page.Page;
import news.prism.notify.page.PageStore;

@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class DeliveryStore {

    private final Sql sql;

    public DeliveryStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Records a delivery of the page for each active subscriber of its topic who has none for this story yet and
     * wants each story rather than a digest (which lists it when its period ends), and
     * queues its mail, in one statement however many subscribers there are. The unique key (subscriber, story) makes
     * this safe against redelivered events, corrections and concurrent runs.
     *
     * @param traceparent the trace the mails' SMTP sends join
     * @return how many deliveries were recorded now
     */
    public int recordForActiveSubscribers(Page page, DeliveryChannel channel, String traceparent) {
        return sql.update("""
                WITH recorded AS (
                    INSERT INTO deliveries
                        (id, subscriber_id, story_id, version, topic_slug, channel, status, created_at)
                    SELECT gen_random_uuid(), s.id, ?, ?, t.topic_slug, ?, 'PENDING', now()
                    FROM subscribers s JOIN subscriptions t ON t.subscriber_id = s.id
                    WHERE s.status = 'ACTIVE' AND t.status = 'ACTIVE' AND t.topic_slug = ?
                        AND t.frequency = 'EACH_STORY'
                    ON CONFLICT ON CONSTRAINT deliveries_once_per_story DO NOTHING
                    RETURNING id, subscriber_id)
                INSERT INTO mails (kind, subscriber_id, delivery_id, status, next_attempt_at, created_at, traceparent)
                SELECT 'STORY', subscriber_id, id, 'PENDING', now(), now(), ? FROM recorded""",
                page.storyId(), page.version(), channel, page.topicSlug(), traceparent);
    }

    /**
     * Refreshes the planner's statistics of the deliveries and their mails, counting the rows this transaction
     * wrote. The lock it holds until commit makes other ANALYZE and VACUUM runs on these tables wait; reads and
     * writes go on.
     */
    public void analyze() {
        sql.execute("ANALYZE deliveries, mails");
    }

    /**
     * The story mails among these ids, each with its delivery, page and address, and whether it is still wanted: the
     * page is not withdrawn and the subscriber is active on the delivery's topic.
     */
    public List<DueRow> due(List<Long> mailIds) {
        return sql.list("""
                SELECT m.id AS mail_id, s.email, d.id, d.subscriber_id, d.story_id, d.version, d.topic_slug, d.channel,
                    %s,
                    p.withdrawn_at IS NULL AND s.status = 'ACTIVE' AND EXISTS (
                        SELECT 1 FROM subscriptions t
                        WHERE t.subscriber_id = s.id AND t.topic_slug = d.topic_slug AND t.status = 'ACTIVE') AS wanted
                FROM mails m
                JOIN deliveries d ON d.id = m.delivery_id
                JOIN pages p ON p.story_id = d.story_id
                JOIN subscribers s ON s.id = d.subscriber_id
                WHERE m.id = ANY (?) AND m.kind = 'STORY'""".formatted(PageStore.COLUMNS),
                row -> new DueRow(row.getLong("mail_id"), row.getString("email"), delivery(row), PageStore.page(row),
                        row.getBoolean("wanted")),
                Sql.longs(mailIds));
    }

    /** A story mail about to be sent: to whom, for which delivery, what the page says, and whether it is wanted. */
    public record DueRow(long mailId, String email, Delivery delivery, Page page, boolean wanted) {
    }

    public Optional<Delivery> find(UUID id) {
        return sql.one("""
                SELECT id, subscriber_id, story_id, version, topic_slug, channel FROM deliveries WHERE id = ?""",
                DeliveryStore::delivery, id);
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        return new Delivery(Sql.uuid(row, "id"), Sql.uuid(row, "subscriber_id"), row.getString("story_id"),
                row.getInt("version"), row.getString("topic_slug"), DeliveryChannel.valueOf(row.getString("channel")));
    }

    /** Settles the pending ones among these deliveries, in one statement. */
    public void completeAll(List<UUID> ids, Outcome outcome) {
        sql.update("""
                UPDATE deliveries SET status = ?, completed_at = now() WHERE id = ANY (?) AND status = 'PENDING'""",
                outcome, Sql.uuids(ids));
    }

    public void complete(UUID id, Outcome outcome) {
        sql.update("UPDATE deliveries SET status = ?, completed_at = now() WHERE id = ? AND status = 'PENDING'",
                outcome, id);
    }

    public enum Outcome {
        SENT,
        FAILED,
        CANCELLED
    }
}
