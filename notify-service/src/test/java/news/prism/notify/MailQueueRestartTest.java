package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.prism.notify.mail.MailDispatcher;
import org.junit.jupiter.api.Test;

/**
 * A queued mail is a row, not a task in memory: written by an instance that never sends it, it is sent by the
 * next instance that runs a dispatcher on the same database.
 */
@MicronautTest(transactional = false)
class MailQueueRestartTest extends NotifyTestBase {

    MailQueueRestartTest() {
        super("mailrestart");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of("prism.notify.mail.dispatcher-enabled", "false");
    }

    @Test
    void aQueuedMailIsSentByTheNextInstance() {
        String reader = "restart.reader@example.org";
        assertThat(server.getApplicationContext().containsBean(MailDispatcher.class)).isFalse();
        assertThat(http().postJson("/api/subscriptions", subscribeJson(reader, "ai")).statusCode()).isEqualTo(202);
        assertThat(database().count("SELECT count(*) FROM mails WHERE status = 'PENDING'")).isEqualTo(1);

        Map<String, Object> next = new HashMap<>(getProperties());
        next.put("prism.notify.mail.dispatcher-enabled", "true");
        next.put("prism.consumer.enabled", "false");
        next.put("prism.outbox.relay-enabled", "false");
        try (ApplicationContext ignored = ApplicationContext.run(next)) {
            mailbox.awaitOne(reader, CONFIRMATION_SUBJECT);
            await().atMost(Duration.ofSeconds(10)).until(() -> database().pendingMails() == 0);
        }
        assertThat(database().count("SELECT count(*) FROM mails WHERE status = 'SENT'")).isEqualTo(1);
    }
}
