package news.prism.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic, from its first record to its current end, decoding each record as services do. */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final EnvelopeReader envelopes = new EnvelopeReader(new EventCodec());

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public List<EventEnvelope> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<EventEnvelope> events = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(POLL).forEach(record -> events.add(envelopes.read(record)));
            }
            return events;
        }
    }
}
