package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import news.prism.events.DeliveryRecorded;
import news.prism.events.DeliveryStatus;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/**
 * Story mails that SMTP accepted are marked sent several at a time, never more than {@code sent-marks-per-commit}
 * in one transaction; when a mark cannot be committed (as if the process died between the server's acceptance and
 * the mark) the mails are sent again once their claim lapses, and each reader still has one delivery, one mail row
 * and one audit event for the story.
 */
@MicronautTest(transactional = false)
class SentMarksTest extends NotifyTestBase {

    private static final int MARKS_PER_COMMIT = 7;
    private static final Duration WAIT = Duration.ofMinutes(1);

    SentMarksTest() {
        super("sentmarks");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of(
                "prism.notify.mail.senders", "2",
                "prism.notify.mail.batch-size", "25",
                "prism.notify.mail.sent-marks-per-commit", String.valueOf(MARKS_PER_COMMIT),
                "prism.notify.mail.claim-lease", "4s");
    }

    @Test
    void acceptedMailsAreMarkedSeveralAtATimeButNoMoreThanTheLimitInOneTransaction() {
        int readers = 60;
        database().activeSubscribers("grouped", "grouped-marks", readers);
        String storyId = "story-grouped-" + UUID.randomUUID();
        pageEvents().send(storyId, PageEvents.page(storyId, 1, "grouped-marks", "Marked together " + storyId));

        awaitSent(storyId, readers);
        // completed_at is now(), the start of the marking transaction: mails marked together share it.
        long largestGroup = database().count("""
                SELECT max(marked) FROM (
                    SELECT count(*) AS marked FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                    WHERE d.story_id = ? GROUP BY m.completed_at) AS groups""", storyId);
        assertThat(largestGroup).isGreaterThan(1).isLessThanOrEqualTo(MARKS_PER_COMMIT);
        assertThat(database().count("""
                SELECT count(*) FROM subscriber_tokens t JOIN deliveries d ON d.subscriber_id = t.subscriber_id
                WHERE d.story_id = ?""", storyId))
                .as("an unsubscribe and a preferences token per mail").isEqualTo(2L * readers);
        await().atMost(WAIT).until(() -> auditsFor(storyId).size() == readers);
        assertThat(auditsFor(storyId)).allMatch(event -> event.getStatus() == DeliveryStatus.SENT);
    }

    @Test
    void mailsAcceptedButNotMarkedAreSentAgainWithOneDeliveryMailAndAuditEachStill() {
        int readers = MARKS_PER_COMMIT - 2;
        database().activeSubscribers("unmarked", "unmarked-marks", readers);
        String storyId = "story-unmarked-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "unmarked-marks", "Accepted, not marked " + storyId);
        // While it stands, every sent mark fails, as if the process died before committing it.
        database().update("""
                CREATE FUNCTION refuse_sent_marks() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the sender died before marking';
                END
                $$""");
        database().update("""
                CREATE TRIGGER refuse_sent_marks BEFORE UPDATE ON mails
                    FOR EACH ROW WHEN (NEW.status = 'SENT') EXECUTE FUNCTION refuse_sent_marks()""");
        try {
            pageEvents().send(storyId, page);
            await().atMost(WAIT).until(() -> {
                Map<String, Long> received = mailbox.recipientsOf(page.getHeadline());
                return received.size() == readers && received.values().stream().allMatch(count -> count >= 2);
            });
            assertThat(database().count("""
                    SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                    WHERE d.story_id = ? AND m.status = 'SENT'""", storyId))
                    .as("sent again once the claim lapsed, never marked").isZero();
        } finally {
            database().update("DROP TRIGGER refuse_sent_marks ON mails");
            database().update("DROP FUNCTION refuse_sent_marks()");
        }

        awaitSent(storyId, readers);
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ?", storyId))
                .isEqualTo(readers);
        assertThat(database().count("""
                SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id WHERE d.story_id = ?""",
                storyId)).isEqualTo(readers);
        assertThat(database().count("""
                SELECT count(*) FROM subscriber_tokens t JOIN deliveries d ON d.subscriber_id = t.subscriber_id
                WHERE d.story_id = ? AND t.purpose = 'UNSUBSCRIBE'""", storyId))
                .as("only the tokens of the mail that was marked are stored").isEqualTo(readers);
        await().atMost(WAIT).until(() -> auditsFor(storyId).size() == readers);
        assertThat(auditsFor(storyId).stream().map(DeliveryRecorded::getDeliveryId).distinct())
                .as("one audit event per delivery").hasSize(readers);
    }

    private void awaitSent(String storyId, int readers) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> database().count("""
                SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'SENT'""", storyId) == readers);
        assertThat(database().pendingMails()).isZero();
    }
}
