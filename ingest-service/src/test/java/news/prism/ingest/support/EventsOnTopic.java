package news.prism.ingest.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as any consumer of the service's events would, and keeps what it read. */
public final class EventsOnTopic implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final EnvelopeReader reader = new EnvelopeReader(new EventCodec());
    private final List<EventEnvelope> seen = new ArrayList<>();

    public EventsOnTopic(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every event with this key read so far, after waiting up to {@code timeout} for at least one. */
    public List<EventEnvelope> awaitKey(String key, Duration timeout) {
        return awaitKey(key, 1, timeout);
    }

    /** Every event with this key read so far, after waiting up to {@code timeout} for at least {@code count}. */
    public List<EventEnvelope> awaitKey(String key, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (withKey(key).size() < count && Instant.now().isBefore(deadline)) {
            pollOnce();
        }
        return withKey(key);
    }

    /** Every event whose key starts with {@code prefix} read so far, after waiting up to {@code timeout} for one. */
    public List<EventEnvelope> awaitKeyStartingWith(String prefix, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (keysStartingWith(prefix).isEmpty() && Instant.now().isBefore(deadline)) {
            pollOnce();
        }
        return keysStartingWith(prefix);
    }

    private List<EventEnvelope> keysStartingWith(String prefix) {
        return seen.stream().filter(event -> event.key() != null && event.key().startsWith(prefix)).toList();
    }

    /** Reads for {@code duration} more, then returns every event with this key. */
    public List<EventEnvelope> keyAfter(String key, Duration duration) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            pollOnce();
        }
        return withKey(key);
    }

    private void pollOnce() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            seen.add(reader.read(record));
        }
    }

    private List<EventEnvelope> withKey(String key) {
        return seen.stream().filter(event -> key.equals(event.key())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
