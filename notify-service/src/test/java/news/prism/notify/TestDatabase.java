package news.prism.notify;

import java.util.Map;
import news.prism.testkit.ServiceDatabase;

/** Direct reads of the service's database, to check what it stored (and what it did not). */
final class TestDatabase extends ServiceDatabase {

    TestDatabase(Map<String, String> properties) {
        super(properties);
    }

    /** Whether the consumer group has handled (and committed) the event. */
    boolean handled(String consumerGroup, String eventId) {
        return count("SELECT count(*) FROM inbox WHERE consumer_group = ? AND event_id = ?",
                consumerGroup, eventId) == 1;
    }

    /** {@code count} active subscribers of the topic, addressed {@code <prefix><n>@example.org}, in two statements. */
    void activeSubscribers(String prefix, String topic, int count) {
        update("""
                INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
                SELECT gen_random_uuid(), ? || n || '@example.org', 'ACTIVE', now(), now()
                FROM generate_series(1, ?) AS n""", prefix, count);
        update("""
                INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                SELECT id, ?, 'ACTIVE', now() FROM subscribers WHERE email LIKE ? || '%@example.org'""",
                topic, prefix);
    }

    long pendingMails() {
        return count("SELECT count(*) FROM mails WHERE status = 'PENDING'");
    }
}
