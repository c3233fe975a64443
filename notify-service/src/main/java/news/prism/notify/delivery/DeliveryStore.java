package news.prism.notify.delivery;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
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
     * Records a delivery of the page for each active subscriber of its topic who has none for this story yet. The
     * unique key (subscriber, story) makes this safe against redelivered events, corrections and concurrent runs.
     *
     * @return the ids of the deliveries recorded now
     */
    public List<UUID> recordForActiveSubscribers(Page page, DeliveryChannel channel) {
        return sql.list("""
                INSERT INTO deliveries (id, subscriber_id, story_id, version, topic_slug, channel, status, created_at)
                SELECT gen_random_uuid(), s.id, ?, ?, t.topic_slug, ?, 'PENDING', now()
                FROM subscribers s JOIN subscriptions t ON t.subscriber_id = s.id
                WHERE s.status = 'ACTIVE' AND t.status = 'ACTIVE' AND t.topic_slug = ?
                ON CONFLICT ON CONSTRAINT deliveries_once_per_story DO NOTHING
                RETURNING id""", row -> Sql.uuid(row, "id"),
                page.storyId(), page.version(), channel, page.topicSlug());
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
