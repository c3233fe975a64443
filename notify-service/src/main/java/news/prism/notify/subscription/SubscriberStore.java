package news.prism.notify.subscription;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;

/** Subscribers and the topics they subscribed to. Every method runs in the caller's transaction. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class SubscriberStore {

    private final Sql sql;

    public SubscriberStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * The subscriber with this address, created as PENDING if there is none, and locked until the transaction
     * ends, so that concurrent requests for one address queue up instead of creating two.
     */
    public Subscriber findOrCreateLocked(String email) {
        return sql.one("""
                INSERT INTO subscribers (id, email, status, created_at) VALUES (?, ?, 'PENDING', now())
                ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
                RETURNING id, email, status""", SubscriberStore::subscriber, UUID.randomUUID(), email)
                .orElseThrow();
    }

    public Optional<Subscriber> find(UUID id) {
        return sql.one("SELECT id, email, status FROM subscribers WHERE id = ?", SubscriberStore::subscriber, id);
    }

    /** Back to PENDING: a reader who unsubscribed must confirm again. */
    public void resubscribe(UUID id) {
        sql.update("UPDATE subscribers SET status = 'PENDING', unsubscribed_at = NULL WHERE id = ?", id);
    }

    /** Adds the topics the subscriber does not have yet, as PENDING. */
    public void addTopics(UUID id, Set<String> topics) {
        sql.update("""
                INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                SELECT ?, topic, 'PENDING', now() FROM unnest(?) AS topic
                ON CONFLICT (subscriber_id, topic_slug) DO NOTHING""", id, Sql.texts(topics));
    }

    public List<String> topics(UUID id, TopicStatus status) {
        return sql.list("""
                SELECT topic_slug FROM subscriptions WHERE subscriber_id = ? AND status = ? ORDER BY topic_slug""",
                row -> row.getString("topic_slug"), id, status);
    }

    /** Confirms the subscriber and every topic waiting for confirmation. */
    public void activate(UUID id) {
        sql.update("""
                UPDATE subscribers SET status = 'ACTIVE', confirmed_at = coalesce(confirmed_at, now())
                WHERE id = ? AND status <> 'ACTIVE'""", id);
        sql.update("UPDATE subscriptions SET status = 'ACTIVE' WHERE subscriber_id = ? AND status = 'PENDING'", id);
    }

    /** Stops all mail: the subscriber is kept (so a later subscribe finds it), its topics are dropped. */
    public void unsubscribe(UUID id) {
        sql.update("""
                UPDATE subscribers SET status = 'UNSUBSCRIBED', unsubscribed_at = now()
                WHERE id = ? AND status <> 'UNSUBSCRIBED'""", id);
        sql.update("DELETE FROM subscriptions WHERE subscriber_id = ?", id);
    }

    /** Whether the subscriber may get stories of this topic now. */
    public boolean receives(UUID id, String topic) {
        return sql.one("""
                SELECT 1 FROM subscribers s JOIN subscriptions t ON t.subscriber_id = s.id
                WHERE s.id = ? AND s.status = 'ACTIVE' AND t.topic_slug = ? AND t.status = 'ACTIVE'""",
                row -> true, id, topic).isPresent();
    }

    private static Subscriber subscriber(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Subscriber(Sql.uuid(row, "id"), row.getString("email"),
                SubscriberStatus.valueOf(row.getString("status")));
    }

    public enum TopicStatus {
        PENDING,
        ACTIVE
    }
}
