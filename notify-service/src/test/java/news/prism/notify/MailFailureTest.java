package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.DeliveryRecorded;
import news.prism.events.DeliveryStatus;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/** With an SMTP server that cannot be reached, mails are tried a few times and then marked FAILED. */
@MicronautTest(transactional = false)
class MailFailureTest extends NotifyTestBase {

    private static final int MAX_ATTEMPTS = 2;

    MailFailureTest() {
        super("mailfailure");
    }

    @Override
    Map<String, String> extraProperties() {
        String closedPort = String.valueOf(unusedPort());
        return Map.of(
                "prism.smtp.port", closedPort,
                "prism.notify.mail.max-attempts", String.valueOf(MAX_ATTEMPTS),
                "prism.notify.mail.retry-backoff", "100ms");
    }

    @Test
    void aConfirmationMailThatCannotBeSentIsMarkedFailedWithTheError() {
        String reader = "unreachable@example.org";
        assertThat(http().postJson("/api/subscriptions", subscribeJson(reader, "ai")).statusCode()).isEqualTo(202);

        await().atMost(Mailbox.WAIT).until(() -> "FAILED".equals(mailStatus(reader)));
        assertThat(database().count("""
                SELECT m.attempts FROM mails m JOIN subscribers s ON s.id = m.subscriber_id WHERE s.email = ?""",
                reader)).isEqualTo(MAX_ATTEMPTS);
        assertThat(database().string("""
                SELECT m.last_error FROM mails m JOIN subscribers s ON s.id = m.subscriber_id WHERE s.email = ?""",
                reader)).isNotBlank();
        assertThat(database().count("""
                SELECT count(*) FROM subscriber_tokens t JOIN subscribers s ON s.id = t.subscriber_id
                WHERE s.email = ?""", reader)).as("no token for a mail that never left").isZero();
    }

    @Test
    void aStoryMailThatCannotBeSentIsAuditedAsFailed() {
        UUID subscriber = UUID.randomUUID();
        database().update("""
                INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
                VALUES (?, 'failing.reader@example.org', 'ACTIVE', now(), now())""", subscriber);
        database().update("""
                INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                VALUES (?, 'failing', 'ACTIVE', now())""", subscriber);

        String storyId = "story-failing-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "failing", "A mail that never arrives");
        pageEvents().send(storyId, page);

        await().atMost(Mailbox.WAIT).until(() -> !auditsFor(storyId).isEmpty());
        List<DeliveryRecorded> audit = auditsFor(storyId);
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(event.getRecipient()).isEqualTo(subscriber.toString());
        });
        assertThat(database().string("SELECT status FROM deliveries WHERE story_id = ?", storyId))
                .isEqualTo("FAILED");
    }

    private String mailStatus(String email) {
        return database().string("""
                SELECT m.status FROM mails m JOIN subscribers s ON s.id = m.subscriber_id WHERE s.email = ?""", email);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
