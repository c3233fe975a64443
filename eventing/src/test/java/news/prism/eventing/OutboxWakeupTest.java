package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import news.prism.data.Sql;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.eventing.outbox.EventingSettings;
import news.prism.eventing.outbox.Outbox;
import news.prism.eventing.tracing.EventTracing;
import news.prism.schemas.EventCodec;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Committed events leave at once: the relay is woken by the commit, not by its poll, which this test sets to a
 * minute so that only a wake-up can send the events in time. Events another instance commits wake it through the
 * database's notification; events written here wake it straight after their commit, notification or not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxWakeupTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.wakeup.v1";
    private static final Duration WELL_BELOW_THE_POLL = Duration.ofSeconds(10);
    /** Every round but the first can only be sent by its own wake-up: a listener starting up wakes the relay once. */
    private static final int ROUNDS = 3;

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Sql sql;
    @Inject
    KafkaClients kafka;
    @Inject
    EventCodec codec;
    @Inject
    EventTracing tracing;
    @Inject
    EventingSettings eventing;
    @Inject
    Clock clock;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC, TOPIC + ".rollback", TOPIC + ".here", TOPIC + ".elsewhere");
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("eventing_wakeup"));
        properties.put("prism.outbox.relay-enabled", "true");
        properties.put("prism.outbox.poll-interval", "60s");
        return properties;
    }

    @Test
    void eventsAreSentWhenTheirTransactionCommitsNotAtTheNextPoll() {
        sentOneByOne(TOPIC, key -> transactions.executeWrite(status ->
                outbox.add(TOPIC, key, TestEvents.source(key, "woken"))));
    }

    @Test
    void eventsWrittenHereWakeTheRelayWithoutTheDatabasesNotification() {
        String topic = TOPIC + ".here";
        sentOneByOne(topic, key -> transactions.executeWrite(status -> {
            // The trigger stays off for this transaction's insert alone: it commits without a notification.
            sql.update("ALTER TABLE outbox DISABLE TRIGGER outbox_written");
            outbox.add(topic, key, TestEvents.source(key, "woken here"));
            return sql.update("ALTER TABLE outbox ENABLE TRIGGER outbox_written");
        }));
    }

    @Test
    void eventsAnotherInstanceCommitsWakeTheRelayThroughTheDatabase() {
        String topic = TOPIC + ".elsewhere";
        var otherInstance = new Outbox(sql, codec, tracing, eventing, clock, ApplicationEventPublisher.noOp());
        sentOneByOne(topic, key -> transactions.executeWrite(status ->
                otherInstance.add(topic, key, TestEvents.source(key, "woken from elsewhere"))));
    }

    @Test
    void aRolledBackTransactionWakesNobodyAndSendsNothing() {
        String topic = TOPIC + ".rollback";
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

    private void sentOneByOne(String topic, Consumer<String> commitOneEvent) {
        TestEvents events = new TestEvents(kafka.bootstrapServers());
        for (int round = 0; round < ROUNDS; round++) {
            commitOneEvent.accept("wake-" + round);

            assertThat(events.readAll(topic, round + 1, WELL_BELOW_THE_POLL)).hasSize(round + 1);
        }
    }
}
