package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.health.HealthStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import news.prism.eventing.consumer.ConsumerStatus;
import news.prism.eventing.consumer.DeadLetters;
import news.prism.eventing.consumer.EventConsumers;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.eventing.health.ConsumersReadiness;
import news.prism.eventing.health.OutboxRelayReadiness;
import news.prism.events.SourceIngested;
import news.prism.schemas.EventCodec;
import news.prism.testkit.Caller;
import news.prism.testkit.KafkaBroker;
import news.prism.testkit.Postgres;
import news.prism.testkit.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Consumers under outages of what they depend on. The broker and the database are this class's own, since it stops
 * them: no other test could share them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerOutageTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.outage.v1";
    private static final String GROUP = "eventing-outage-test";

    private final KafkaBroker broker = KafkaBroker.temporary(0).start();
    private final Postgres postgres = Postgres.temporary(0, Postgres.Durability.FAST_FOR_TESTS).start();

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    EventConsumers consumers;

    @Inject
    OutboxRelayReadiness relayReadiness;

    @Inject
    ConsumersReadiness consumersReadiness;

    @Override
    public Map<String, String> getProperties() {
        Topics.create(broker.bootstrapServers(), 3, List.of(TOPIC, DeadLetters.topicFor(TOPIC, GROUP)));
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        properties.put("datasources.default.url", postgres.createDatabase("eventing_outage"));
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        // A database that is away is noticed in a second rather than after Hikari's default of 30.
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("prism.security.jwt-secret", Caller.SECRET);
        properties.put("prism.consumer.group-id", GROUP);
        properties.put("prism.consumer.threads", "2");
        properties.put("prism.consumer.max-retry-backoff", "2s");
        // Shorter than the slow handler, which must not get the consumer evicted.
        properties.put("prism.consumer.max-poll-interval", "3s");
        properties.put("prism.consumer.restart-backoff", "200ms");
        properties.put("prism.consumer.max-restart-backoff", "2s");
        properties.put("test.consumer.topic", TOPIC);
        return properties;
    }

    @AfterAll
    void stopInfrastructure() {
        broker.close();
        postgres.close();
    }

    @Test
    void aThreadEndingErrorRestartsTheConsumerWithinSeconds() {
        long restartsBefore = restarts();
        RecordingHandler.CRASH_ONCE.add("crash-once");
        try (var producer = producer()) {
            send(producer, "crash-once");
            send(producer, "after-crash");
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> titles().contains("after-crash"));

        assertThat(titles()).containsOnlyOnce("crash-once", "after-crash");
        assertThat(restarts()).isGreaterThan(restartsBefore);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumers.statuses().stream().allMatch(ConsumerStatus::isRunning));
        assertThat(Health.of(consumersReadiness)).isEqualTo(HealthStatus.UP);
        assertThat(parked()).isZero();
    }

    @Test
    void aHandlerSlowerThanThePollIntervalDoesNotGetTheConsumerEvicted() {
        long restartsBefore = restarts();
        try (var producer = producer()) {
            send(producer, "slow");
            send(producer, "after-slow");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> titles().contains("after-slow"));

        assertThat(titles()).containsOnlyOnce("slow", "after-slow");
        assertThat(RecordingHandler.SLOW_RUNS.get()).as("the slow event was handled once, not again after an eviction")
                .isEqualTo(1);
        assertThat(restarts()).isEqualTo(restartsBefore);
    }

    @Test
    void aDatabaseAwayForThirtySecondsParksNothingAndEverythingIsHandledAfterwards() throws InterruptedException {
        try (var producer = producer()) {
            for (int i = 0; i < 100; i++) {
                send(producer, "db-before-" + i);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> titles().contains("db-before-99"));

            postgres.stop();
            for (int i = 0; i < 100; i++) {
                send(producer, "db-during-" + i);
            }
            Thread.sleep(Duration.ofSeconds(30));
            assertThat(consumers.statuses()).anyMatch(status -> status.state() == ConsumerStatus.State.WAITING_FOR_DEPENDENCY);
            assertThat(Health.of(relayReadiness)).as("readiness while the database is away").isEqualTo(HealthStatus.DOWN);
            assertThat(Health.of(consumersReadiness)).as("the consumers still poll").isEqualTo(HealthStatus.UP);
            postgres.start();
        }

        // Each partition comes back on its own backoff: wait for all of them, not for one partition's last event.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> titles().stream().filter(t -> t.startsWith("db-")).count() >= 200);

        List<String> titles = titles();
        for (int i = 0; i < 100; i++) {
            assertThat(titles).containsOnlyOnce("db-before-" + i, "db-during-" + i);
        }
        assertThat(parked()).isZero();
        assertThat(consumers.statuses()).allMatch(ConsumerStatus::isRunning);
    }

    @Test
    void aBrokerAwayForNinetySecondsUnderLoadLosesNothingAndRepeatsNothing() throws Exception {
        int events = 600;
        Future<?> load;
        try (var producer = producer()) {
            // 20 events a second for 30 s; the producer holds what it cannot send while the broker is away.
            load = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < events; i++) {
                    send(producer, "broker-" + i);
                    pause(Duration.ofMillis(50));
                }
                producer.flush();
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> titles().contains("broker-50"));
            broker.stop();
            Thread.sleep(Duration.ofSeconds(90));
            assertThat(Health.of(relayReadiness)).as("readiness while the broker is away").isEqualTo(HealthStatus.DOWN);
            broker.start();
            load.get();
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> titles().stream().filter(t -> t.startsWith("broker-")).count() >= events);

        List<String> titles = titles();
        for (int i = 0; i < events; i++) {
            assertThat(titles).containsOnlyOnce("broker-" + i);
        }
        assertThat(parked()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumers.statuses().stream().allMatch(ConsumerStatus::isRunning));
        await().atMost(Duration.ofSeconds(30)).until(() -> Health.of(relayReadiness) == HealthStatus.UP);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String title) {
        String key = "k-" + (title.hashCode() & 7);
        var record = new ProducerRecord<>(TOPIC, key, new EventCodec().encode(TestEvents.source(key, title)));
        CloudEventHeaders.write(record.headers(), TestEvents.newId(), SourceIngested.getClassSchema().getFullName(),
                "/prism/test", java.time.Instant.now(), TraceParent.newTrace());
        producer.send(record);
    }

    private long restarts() {
        return consumers.statuses().stream().mapToLong(ConsumerStatus::restarts).sum();
    }

    private int parked() {
        return new TestEvents(broker.bootstrapServers())
                .readAll(DeadLetters.topicFor(TOPIC, GROUP), 1, Duration.ofSeconds(3)).size();
    }

    private List<String> titles() {
        try {
            return Effects.titles(transactions);
        } catch (RuntimeException databaseAway) {
            return List.of();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
