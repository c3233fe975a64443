package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An idle sender is woken when mails are queued, not at its next look: the dispatch interval is set to a minute
 * here, so only the wake-up can bring the mails to the SMTP server in time. Between the mails its SMTP connection
 * stays open.
 */
@MicronautTest(transactional = false)
class MailWakeupTest extends NotifyTestBase {

    private static final Duration WELL_BELOW_THE_INTERVAL = Duration.ofSeconds(10);
    private static final Duration IDLE_BETWEEN_PAGES = Duration.ofMillis(500);

    private final SmtpProxy proxy = new SmtpProxy(infrastructure.mail().smtpHost(), infrastructure.mail().smtpPort());

    MailWakeupTest() {
        super("wakeup");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of(
                "prism.smtp.port", String.valueOf(proxy.port()),
                "prism.notify.mail.dispatch-interval", "60s",
                "prism.notify.mail.senders", "1");
    }

    @Test
    void queuedMailsWakeTheIdleSenderWhichKeepsItsConnection() throws InterruptedException {
        database().activeSubscribers("woken", "wakeups", 2);
        int connectionsBefore = -1;
        for (int round = 0; round < 3; round++) {
            Thread.sleep(IDLE_BETWEEN_PAGES.toMillis());
            String storyId = "story-wakeup-" + round + "-" + UUID.randomUUID();
            PagePublished page = PageEvents.page(storyId, 1, "wakeups", "Woken up " + storyId);
            pageEvents().send(storyId, page);

            Awaitility.await().atMost(WELL_BELOW_THE_INTERVAL)
                    .until(() -> mailbox.recipientsOf(page.getHeadline()).size() == 2);
            assertThat(mailbox.recipientsOf(page.getHeadline()).values()).allMatch(count -> count == 1);
            if (connectionsBefore < 0) {
                connectionsBefore = proxy.connections();
            }
        }
        assertThat(proxy.connections()).as("SMTP connections after the first page").isEqualTo(connectionsBefore);
    }

    @AfterAll
    void closeProxy() {
        proxy.close();
    }
}
