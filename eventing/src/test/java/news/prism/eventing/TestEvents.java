package news.prism.eventing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.SourceIngested;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes and reads raw Prism records on the test broker, the way another service would. */
final class TestEvents {

    private final String bootstrapServers;

    TestEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    static SourceIngested source(String key, String title) {
        return SourceIngested.newBuilder()
                .setSourceId(key).setOutlet("Harbour Gazette").setUrl("https://harbour.example/" + title)
                .setTitle(title).setBody("Body of " + title).setContentHash(title)
                .setIngestedAt(Instant.parse("2026-06-01T10:00:00Z")).setWordCount(3)
                .build();
    }

    void send(String topic, String key, String eventId, byte[] value) {
        var record = new ProducerRecord<>(topic, key, value);
        CloudEventHeaders.write(record.headers(), eventId, SourceIngested.getClassSchema().getFullName(),
                "/prism/test", Instant.now(), TraceParent.newTrace());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void send(String topic, String key, String eventId, SourceIngested event) {
        send(topic, key, eventId, new EventCodec().encode(event));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Reads a topic from the start until {@code expected} records arrived or the time is up. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected, Duration timeout) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // One more poll shows whether anything beyond the expected count arrived.
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
