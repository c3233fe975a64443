package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/**
 * A page for thousands of subscribers: its deliveries are recorded at once, and several senders (in one instance
 * and in two) share the mails without any subscriber getting one twice.
 */
@MicronautTest(transactional = false)
class FanoutTest extends NotifyTestBase {

    private static final Duration FANOUT_WAIT = Duration.ofMinutes(2);
    private static final int ANALYZE_FROM = 1000;

    FanoutTest() {
        super("fanout");
    }

    @Override
    Map<String, String> extraProperties() {
        // Small batches, so that the senders claim often and race for the same rows.
        return Map.of("prism.notify.mail.senders", "4", "prism.notify.mail.batch-size", "20",
                "prism.notify.deliveries.analyze-from", String.valueOf(ANALYZE_FROM));
    }

    @Test
    void aPageIsMailedExactlyOnceToEachOfThousandsOfSubscribers() {
        int subscribers = 3000;
        database().activeSubscribers("many", "fanout", subscribers);
        String storyId = "story-fanout-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "fanout", "Thousands of readers, one story " + storyId);
        String eventId = pageEvents().send(storyId, page);

        awaitAllSent(storyId, subscribers);
        assertThat(database().handled(consumerGroup, eventId)).isTrue();
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ?", storyId))
                .isEqualTo(subscribers);
        Map<String, Long> received = mailbox.recipientsOf(page.getHeadline());
        assertThat(received).hasSize(subscribers);
        assertThat(received.values()).allMatch(count -> count == 1);

        MimeMessage one = mailbox.to("many1@example.org", page.getHeadline()).getFirst();
        assertThat(Mailbox.header(one, "List-Unsubscribe")).hasValueSatisfying(
                value -> assertThat(value).startsWith("<" + UNSUBSCRIBE_LINK));
        assertThat(Mailbox.header(one, "List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");

        // The event again (a redelivery or a replay) records and mails nothing more.
        String replay = pageEvents().send(storyId, page);
        await().atMost(Mailbox.WAIT).until(() -> database().handled(consumerGroup, replay));
        assertThat(database().count("SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id "
                + "WHERE d.story_id = ?", storyId)).isEqualTo(subscribers);
    }

    @Test
    void twoInstancesWithSeveralSendersEachNeverSendADeliveryTwice() {
        int subscribers = 2000;
        Map<String, Object> second = new HashMap<>(getProperties());
        second.put("prism.consumer.enabled", "false");
        second.put("prism.outbox.relay-enabled", "false");
        try (ApplicationContext other = ApplicationContext.run(second)) {
            database().activeSubscribers("shared", "shared-queue", subscribers);
            String storyId = "story-shared-" + UUID.randomUUID();
            PagePublished page = PageEvents.page(storyId, 1, "shared-queue", "Two instances, one queue " + storyId);
            pageEvents().send(storyId, page);

            awaitAllSent(storyId, subscribers);
            Map<String, Long> received = mailbox.recipientsOf(page.getHeadline());
            assertThat(received).hasSize(subscribers);
            assertThat(received.values()).allMatch(count -> count == 1);
            assertThat(storyMailsSent(server.getApplicationContext())).as("sent by this instance").isPositive();
            assertThat(storyMailsSent(other)).as("sent by the other instance").isPositive();
        }
    }

    @Test
    void aMailThatIsNotAcceptedIsRetriedLaterWhileTheRestOfItsBatchIsMarkedSent() {
        int readers = 30;
        database().activeSubscribers("batchmate", "refusal", readers);
        UUID refused = UUID.randomUUID();
        // An address no SMTP transaction can carry: the mail fails while its batch-mates go out.
        database().update("""
                INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
                VALUES (?, 'no such@address@@example.org', 'ACTIVE', now(), now())""", refused);
        database().update("""
                INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                VALUES (?, 'refusal', 'ACTIVE', now())""", refused);
        String storyId = "story-refusal-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "refusal", "One reader cannot be reached " + storyId);
        pageEvents().send(storyId, page);

        await().atMost(FANOUT_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> database().count("""
                SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                WHERE d.story_id = ? AND (m.status = 'SENT' OR m.attempts > 0)""", storyId) == readers + 1);
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'SENT'",
                storyId)).isEqualTo(readers);
        assertThat(database().string("""
                SELECT (m.status <> 'SENT' AND m.attempts >= 1 AND m.last_error IS NOT NULL AND d.status <> 'SENT')::text
                FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                WHERE d.story_id = ? AND d.subscriber_id = ?""", storyId, refused))
                .as("tried again later or given up on, never marked sent").isEqualTo("true");
        assertThat(database().count("""
                SELECT count(*) FROM subscriber_tokens WHERE subscriber_id = ?""", refused))
                .as("no unsubscribe token for a mail that never left").isZero();
        Map<String, Long> received = mailbox.recipientsOf(page.getHeadline());
        assertThat(received).hasSize(readers);
        assertThat(received.values()).allMatch(count -> count == 1);
        assertThat(database().count("""
                SELECT count(*) FROM subscriber_tokens t JOIN deliveries d ON d.subscriber_id = t.subscriber_id
                WHERE d.story_id = ? AND t.purpose = 'UNSUBSCRIBE'""", storyId))
                .as("one unsubscribe token per mail sent").isEqualTo(readers);
    }

    @Test
    void aPageForManySubscribersRefreshesTheStatisticsOfTheQueueBeforeItsMailsGoOut() {
        long before = manualAnalyses();
        database().activeSubscribers("few", "small-topic", 10);
        String small = "story-small-" + UUID.randomUUID();
        pageEvents().send(small, PageEvents.page(small, 1, "small-topic", "Ten readers " + small));
        awaitAllSent(small, 10);
        assertThat(manualAnalyses()).as("a small fan-out leaves it to autovacuum").isEqualTo(before);

        database().activeSubscribers("crowd", "large-topic", ANALYZE_FROM);
        String large = "story-large-" + UUID.randomUUID();
        pageEvents().send(large, PageEvents.page(large, 1, "large-topic", "A crowd of readers " + large));
        awaitAllSent(large, ANALYZE_FROM);
        await().atMost(Mailbox.WAIT).until(() -> manualAnalyses() == before + 1);
        assertThat(database().string("""
                SELECT ((SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'mails') < min(m.completed_at))::text
                FROM mails m JOIN deliveries d ON d.id = m.delivery_id WHERE d.story_id = ?""", large))
                .as("analysed before the first of its mails was marked sent").isEqualTo("true");
    }

    /** ANALYZE runs on {@code mails} other than autovacuum's. */
    private long manualAnalyses() {
        return database().count("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'mails'");
    }

    private void awaitAllSent(String storyId, int count) {
        await().atMost(FANOUT_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> database().count("""
                SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                WHERE d.story_id = ? AND m.status = 'SENT'""", storyId) == count);
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'SENT'",
                storyId)).isEqualTo(count);
    }

    private static double storyMailsSent(ApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .counter("prism.notify.mails", "kind", "story", "outcome", "sent").count();
    }
}
