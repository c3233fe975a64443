package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.eventing.outbox.Outbox;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Committed events leave at once: the relay is woken by the commit, not by its poll, which this test sets to a
 * minute so that only the wake-up can send the events in time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxWakeupTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.wakeup.v1";
    private static final Duration WELL_BELOW_THE_POLL = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    KafkaClients kafka;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC);
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("eventing_wakeup"));
        properties.put("prism.outbox.relay-enabled", "true");
        properties.put("prism.outbox.poll-interval", "60s");
        return properties;
    }

    @Test
    void eventsAreSentWhenTheirTransactionCommitsNotAtTheNextPoll() {
        TestEvents events = new TestEvents(kafka.bootstrapServers());
        for (int round = 0; round < 3; round++) {
            String key = "wake-" + round;
            transactions.executeWrite(status -> outbox.add(TOPIC, key, TestEvents.source(key, "woken")));

            assertThat(events.readAll(TOPIC, round + 1, WELL_BELOW_THE_POLL)).hasSize(round + 1);
        }
    }

    @Test
    void aRolledBackTransactionWakesNobodyAndSendsNothing() {
        String topic = TOPIC + ".rollback";
        Infrastructure.shared().createTopics(topic);
        try {
            transactions.executeWrite(status -> {
                outbox.add(topic, "k", TestEvents.source("k", "never"));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction is gone, and its event with it
        }
        transactions.executeWrite(status -> outbox.add(topic, "k", TestEvents.source("k", "sent")));

        assertThat(new TestEvents(kafka.bootstrapServers()).readAll(topic, 1, WELL_BELOW_THE_POLL))
                .hasSize(1);
    }
}
