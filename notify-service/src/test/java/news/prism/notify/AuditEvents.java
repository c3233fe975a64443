package news.prism.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.events.DeliveryRecorded;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the DeliveryRecorded events the service sent, from the start of its audit topic. */
final class AuditEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final EnvelopeReader reader = new EnvelopeReader(new EventCodec());
    private final List<DeliveryRecorded> seen = new ArrayList<>();

    AuditEvents(String bootstrapServers, String topic) {
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

    /** Every event read so far, after one more poll. */
    synchronized List<DeliveryRecorded> all() {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
            seen.add((DeliveryRecorded) reader.read(record).payload());
        }
        return List.copyOf(seen);
    }

    List<DeliveryRecorded> forStory(String storyId) {
        return all().stream().filter(event -> event.getStoryId().equals(storyId)).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
