package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The service reaches the SMTP server through a relay that counts connections and can play a server that is down:
 * one session carries several mails, a failed send is retried later and not marked sent, and what became unwanted
 * while it waited (a withdrawn page, a reader who left) is never sent.
 */
@MicronautTest(transactional = false)
class SmtpSessionTest extends NotifyTestBase {

    private static final int MAILS_PER_SESSION = 10;
    private static final int BACKOFF_SECONDS = 2;

    private final SmtpProxy proxy = new SmtpProxy(infrastructure.mail().smtpHost(), infrastructure.mail().smtpPort());

    SmtpSessionTest() {
        super("smtpsession");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of(
                "prism.smtp.port", String.valueOf(proxy.port()),
                "prism.notify.mail.senders", "1",
                "prism.notify.mail.mails-per-session", String.valueOf(MAILS_PER_SESSION),
                "prism.notify.mail.retry-backoff", BACKOFF_SECONDS + "s",
                "prism.notify.mail.max-attempts", "50");
    }

    @Test
    void oneSmtpSessionCarriesSeveralMails() {
        int subscribers = 3 * MAILS_PER_SESSION;
        database().activeSubscribers("session", "sessions", subscribers);
        int before = proxy.connections();
        String storyId = "story-session-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "sessions", "Several mails per session " + storyId);
        pageEvents().send(storyId, page);

        await().atMost(Mailbox.WAIT).until(() -> mailbox.recipientsOf(page.getHeadline()).size() == subscribers);
        assertThat(mailbox.recipientsOf(page.getHeadline()).values()).allMatch(count -> count == 1);
        assertThat(proxy.connections() - before).as("SMTP connections for %d mails", subscribers)
                .isBetween(subscribers / MAILS_PER_SESSION, subscribers / MAILS_PER_SESSION + 1);
    }

    @Test
    void aFailedSendIsRetriedWithBackoffAndNotMarkedSentMeanwhile() {
        database().activeSubscribers("retried", "retries", 1);
        String reader = "retried1@example.org";
        proxy.refuse(true);
        try {
            String storyId = "story-retry-" + UUID.randomUUID();
            PagePublished page = PageEvents.page(storyId, 1, "retries", "Sent on the second try " + storyId);
            pageEvents().send(storyId, page);

            await().atMost(Mailbox.WAIT).until(() -> storyMail(storyId, "attempts >= 1") == 1);
            assertThat(storyMail(storyId, "next_attempt_at > now() + interval '1 second'"))
                    .as("waits out the backoff").isEqualTo(1);
            assertThat(database().string("""
                    SELECT m.status || ' ' || d.status FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                    WHERE d.story_id = ?""", storyId)).isEqualTo("PENDING PENDING");
            assertThat(database().string("""
                    SELECT m.last_error FROM mails m JOIN deliveries d ON d.id = m.delivery_id
                    WHERE d.story_id = ?""", storyId)).isNotBlank();
            assertThat(mailbox.to(reader)).isEmpty();

            proxy.refuse(false);
            mailbox.awaitOne(reader, page.getHeadline());
            await().atMost(Mailbox.WAIT).until(() -> storyMail(storyId, "status = 'SENT'") == 1);
            assertThat(storyMail(storyId, "attempts >= 2")).isEqualTo(1);
            assertThat(mailbox.to(reader, page.getHeadline())).hasSize(1);
        } finally {
            proxy.refuse(false);
        }
    }

    @Test
    void aPageWithdrawnOrAReaderGoneBeforeTheMailLeftIsNotMailed() {
        database().activeSubscribers("retracted", "retracted-topic", 3);
        database().activeSubscribers("leaver", "leavers-topic", 2);
        proxy.refuse(true);
        String retracted = "story-retracted-" + UUID.randomUUID();
        String kept = "story-kept-" + UUID.randomUUID();
        PagePublished withdrawnPage = PageEvents.page(retracted, 1, "retracted-topic", "Retracted " + retracted);
        PagePublished keptPage = PageEvents.page(kept, 1, "leavers-topic", "Kept " + kept);
        try {
            pageEvents().send(retracted, withdrawnPage);
            pageEvents().send(kept, keptPage);
            await().atMost(Mailbox.WAIT).until(() -> storyMails(retracted) == 3 && storyMails(kept) == 2);

            String withdrawal = pageEvents().send(retracted, PageEvents.withdrawn(withdrawnPage));
            await().atMost(Mailbox.WAIT).until(() -> database().handled(consumerGroup, withdrawal));
            // What the one-click unsubscribe does to the subscriber.
            database().update("""
                    UPDATE subscribers SET status = 'UNSUBSCRIBED', unsubscribed_at = now()
                    WHERE email = 'leaver2@example.org'""");
            database().update("""
                    DELETE FROM subscriptions WHERE subscriber_id =
                        (SELECT id FROM subscribers WHERE email = 'leaver2@example.org')""");
        } finally {
            proxy.refuse(false);
        }

        mailbox.awaitOne("leaver1@example.org", keptPage.getHeadline());
        await().atMost(Mailbox.WAIT).until(() -> storyMail(retracted, "status = 'PENDING'") == 0
                && storyMail(kept, "status = 'PENDING'") == 0);
        assertThat(mailbox.recipientsOf(withdrawnPage.getHeadline())).isEmpty();
        assertThat(mailbox.recipientsOf(keptPage.getHeadline())).containsOnlyKeys("leaver1@example.org");
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'CANCELLED'",
                retracted)).isEqualTo(3);
        assertThat(database().string("""
                SELECT d.status FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE d.story_id = ? AND s.email = 'leaver2@example.org'""", kept)).isEqualTo("CANCELLED");
    }

    /** How many mails of the story match the condition. */
    private long storyMail(String storyId, String condition) {
        return database().count("SELECT count(*) FROM mails m JOIN deliveries d ON d.id = m.delivery_id "
                + "WHERE d.story_id = ? AND m." + condition, storyId);
    }

    private long storyMails(String storyId) {
        return storyMail(storyId, "status IS NOT NULL");
    }

    @AfterAll
    void closeProxy() {
        proxy.close();
    }
}
