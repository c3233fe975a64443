package news.prism.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, committed records only, as any consumer of a service's events would, and keeps
 * what it read. Records are decoded into {@link TopicEvent}s when asked for, so a topic of raw or broken records can
 * be read too. A topic that does not exist yet is read from when it appears.
 */
public final class EventsOnTopic implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LAST_POLL = Duration.ofMillis(500);

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final List<TopicEvent> events = new ArrayList<>();
    private List<TopicPartition> partitions = List.of();

    public EventsOnTopic(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        assign();
    }

    /** Every event of the whole topic, from its first record to its end as of now. */
    public static List<TopicEvent> readAll(String bootstrapServers, String topic) {
        try (EventsOnTopic reader = new EventsOnTopic(bootstrapServers, topic)) {
            return reader.readToEnd();
        }
    }

    /** Every event with {@code key}, read from the beginning until {@code count} are found or the time is up. */
    public static List<TopicEvent> awaitKey(String bootstrapServers, String topic, String key, int count,
                                            Duration timeout) {
        try (EventsOnTopic reader = new EventsOnTopic(bootstrapServers, topic)) {
            return reader.awaitKey(key, count, timeout);
        }
    }

    /** Every event read so far, after one more poll. */
    public synchronized List<TopicEvent> all() {
        pollOnce(POLL);
        return decoded();
    }

    /** The payloads of the given type read so far, after one more poll. */
    public <T extends SpecificRecord> List<T> all(Class<T> type) {
        return payloads(all(), type);
    }

    /** Reads up to the topic's end as of now; returns every event read. */
    public synchronized List<TopicEvent> readToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            pollOnce(POLL);
        }
        return decoded();
    }

    /** Every event matching {@code filter} read so far, after waiting up to {@code timeout} for {@code count}. */
    public synchronized List<TopicEvent> await(Predicate<TopicEvent> filter, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (matching(filter).size() < count && Instant.now().isBefore(deadline)) {
            pollOnce(POLL);
        }
        return matching(filter);
    }

    /** The payloads of the given type read so far, after waiting up to {@code timeout} for {@code count}. */
    public <T extends SpecificRecord> List<T> await(Class<T> type, int count, Duration timeout) {
        return payloads(await(event -> type.isInstance(event.payload()), count, timeout), type);
    }

    /** Every event with this key read so far, after waiting up to {@code timeout} for at least one. */
    public List<TopicEvent> awaitKey(String key, Duration timeout) {
        return awaitKey(key, 1, timeout);
    }

    /** Every event with this key read so far, after waiting up to {@code timeout} for at least {@code count}. */
    public List<TopicEvent> awaitKey(String key, int count, Duration timeout) {
        return await(withKey(key), count, timeout);
    }

    /** Every event whose key starts with {@code prefix} read so far, after waiting up to {@code timeout} for one. */
    public List<TopicEvent> awaitKeyStartingWith(String prefix, Duration timeout) {
        return await(event -> event.key() != null && event.key().startsWith(prefix), 1, timeout);
    }

    /** Reads for {@code duration} more, then returns every event with this key. */
    public synchronized List<TopicEvent> keyAfter(String key, Duration duration) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            pollOnce(POLL);
        }
        return matching(withKey(key));
    }

    /**
     * The raw records read so far, after waiting up to {@code timeout} for {@code expected}, and one more poll that
     * shows whether anything beyond the expected count arrived.
     */
    public synchronized List<ConsumerRecord<String, byte[]>> awaitRecords(int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (records.size() < expected && Instant.now().isBefore(deadline)) {
            pollOnce(POLL);
        }
        pollOnce(LAST_POLL);
        return List.copyOf(records);
    }

    private static Predicate<TopicEvent> withKey(String key) {
        return event -> key.equals(event.key());
    }

    private static <T> List<T> payloads(List<TopicEvent> events, Class<T> type) {
        return events.stream().map(TopicEvent::payload).filter(type::isInstance).map(type::cast).toList();
    }

    private void assign() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            return;
        }
        partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    private void pollOnce(Duration poll) {
        if (partitions.isEmpty()) {
            assign();
            if (partitions.isEmpty()) {
                LockSupport.parkNanos(poll.toNanos());
                return;
            }
        }
        consumer.poll(poll).forEach(records::add);
    }

    private List<TopicEvent> decoded() {
        while (events.size() < records.size()) {
            events.add(TopicEvent.read(records.get(events.size()), codec));
        }
        return List.copyOf(events);
    }

    private List<TopicEvent> matching(Predicate<TopicEvent> filter) {
        return decoded().stream().filter(filter).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
