package news.prism.notify.delivery;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import news.prism.events.DeliveryChannel;
import news.prism.notify.db.Sql;
import news.prism.notify.page.Page;

@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class DeliveryStore {

    private final Sql sql;

    public DeliveryStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Records a delivery of the page for each active subscriber of its topic who has none for this story yet, and
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
                    ON CONFLICT ON CONSTRAINT deliveries_once_per_story DO NOTHING
                    RETURNING id, subscriber_id)
                INSERT INTO mails (kind, subscriber_id, delivery_id, status, next_attempt_at, created_at, traceparent)
                SELECT 'STORY', subscriber_id, id, 'PENDING', now(), now(), ? FROM recorded""",
                page.storyId(), page.version(), channel, page.topicSlug(), traceparent);
    }

    public Optional<Delivery> find(UUID id) {
        return sql.one("""
                SELECT id, subscriber_id, story_id, version, topic_slug, channel FROM deliveries WHERE id = ?""",
                row -> new Delivery(Sql.uuid(row, "id"), Sql.uuid(row, "subscriber_id"), row.getString("story_id"),
                        row.getInt("version"), row.getString("topic_slug"),
                        DeliveryChannel.valueOf(row.getString("channel"))), id);
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
