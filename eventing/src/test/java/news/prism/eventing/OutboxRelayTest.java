package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import news.prism.data.Sql;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.eventing.outbox.Outbox;
import news.prism.eventing.outbox.OutboxRelay;
import news.prism.eventing.outbox.OutboxSettings;
import news.prism.eventing.tracing.EventTracing;
import news.prism.events.SourceIngested;
import news.prism.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.outbox.v1";
    private static final int KEYS = 8;
    private static final int EVENTS_PER_KEY = 150;

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Sql sql;
    @Inject
    KafkaClients kafka;
    @Inject
    EnvelopeReader reader;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC);
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("eventing_outbox"));
        // The test runs its own two relays, standing for two instances of a service.
        properties.put("prism.outbox.relay-enabled", "false");
        properties.put("prism.outbox.batch-size", "40");
        return properties;
    }

    @Test
    void twoRelaysSendEveryEventOnceInPerKeyOrder() {
        for (int sequence = 0; sequence < EVENTS_PER_KEY; sequence++) {
            int step = sequence;
            transactions.executeWrite(status -> {
                for (int key = 0; key < KEYS; key++) {
                    outbox.add(TOPIC, "key-" + key, TestEvents.source("key-" + key, Integer.toString(step)));
                }
                return null;
            });
        }
        var settings = new OutboxSettings(Duration.ofMillis(10), 40, Duration.ofDays(1));
        OutboxRelay first = relay(settings, "relay-a");
        OutboxRelay second = relay(settings, "relay-b");

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(drain(first));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(drain(second));
        int sentByA = a.join();
        int sentByB = b.join();

        int total = KEYS * EVENTS_PER_KEY;
        assertThat(sentByA + sentByB).isEqualTo(total);
        assertThat(unsentRows()).isZero();
        List<ConsumerRecord<String, byte[]>> records = new TestEvents(kafka.bootstrapServers())
                .readAll(TOPIC, total, Duration.ofSeconds(60));
        assertThat(records).hasSize(total);
        assertThat(records.stream().map(r -> CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID)).distinct())
                .hasSize(total);
        Map<String, Integer> lastSequenceByKey = new LinkedHashMap<>();
        records.stream().sorted((x, y) -> Long.compare(x.offset(), y.offset()))
                .collect(java.util.stream.Collectors.groupingBy(ConsumerRecord::partition))
                .values().forEach(partition -> partition.forEach(record -> {
                    var event = (SourceIngested) reader.read(record).payload();
                    int sequence = Integer.parseInt(event.getTitle());
                    Integer previous = lastSequenceByKey.put(record.key(), sequence);
                    assertThat(sequence).as("order of %s", record.key()).isEqualTo(previous == null ? 0 : previous + 1);
                }));
        assertThat(lastSequenceByKey).hasSize(KEYS).allSatisfy((key, last) -> assertThat(last).isEqualTo(EVENTS_PER_KEY - 1));
    }

    @Test
    void eachRecordCarriesTheCloudEventsHeaders() {
        transactions.executeWrite(status -> outbox.add(TOPIC + ".headers", "k", TestEvents.source("k", "headers")));
        relay(new OutboxSettings(Duration.ofMillis(10), 40, Duration.ofDays(1)), "relay-c").relayBatch();

        var record = new TestEvents(kafka.bootstrapServers()).readAll(TOPIC + ".headers", 1, Duration.ofSeconds(30)).getFirst();

        assertThat(CloudEventHeaders.read(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventHeaders.read(record.headers(), "ce_type")).isEqualTo("news.prism.events.SourceIngested");
        assertThat(CloudEventHeaders.read(record.headers(), "ce_source")).isEqualTo("/prism/eventing-test");
        assertThat(CloudEventHeaders.read(record.headers(), "ce_time")).isNotBlank();
        assertThat(CloudEventHeaders.read(record.headers(), "content-type")).isEqualTo("application/avro");
        assertThat(CloudEventHeaders.read(record.headers(), "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(record.key()).isEqualTo("k");
        assertThat(record.value()[0]).isEqualTo((byte) 0xC3);
    }

    private Supplier<Integer> drain(OutboxRelay relay) {
        return () -> {
            int sent = 0;
            while (unsentRows() > 0) {
                sent += relay.relayBatch();
            }
            return sent;
        };
    }

    private long unsentRows() {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
                 var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private OutboxRelay relay(OutboxSettings settings, String name) {
        return new OutboxRelay(transactions, kafka, settings, sql, new EventTracing(OpenTelemetry.noop()),
                new SimpleMeterRegistry(), name);
    }
}
