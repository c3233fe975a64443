package news.prism.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.TraceParent;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Events on the real broker, read and written the way Prism services do (CloudEvents headers, Avro value). */
public final class Events {

    private static final EventCodec CODEC = new EventCodec();

    private final String bootstrapServers;

    public Events(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends {@code event} with the given CloudEvents id, as the outbox relay of another service would. */
    public void send(String topic, String key, String eventId, SpecificRecord event) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(topic, key, CODEC.encode(event));
            CloudEventHeaders.write(record.headers(), eventId, event.getSchema().getFullName(),
                    "/prism/ingest-service", Instant.now(), TraceParent.newTrace());
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Every event with {@code key} on {@code topic}, read from the beginning until {@code count} are found. */
    public List<EventEnvelope> await(String topic, String key, int count, Duration timeout) {
        EnvelopeReader reader = new EnvelopeReader(CODEC);
        List<EventEnvelope> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "story-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(reader.read(record));
                    }
                }
            }
        }
        return found;
    }
}
