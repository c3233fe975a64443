package news.prism.eventing.consumer;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this service's parked events back to the topic they came from, with their original headers (so the
 * same event id), once the cause is fixed. The re-drive's own consumer group remembers how far it got, so each
 * dead letter is re-driven once.
 */
@Singleton
public class DeadLetterRedrive {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRedrive.class);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final KafkaClients kafka;
    private final ConsumerSettings settings;
    private final String applicationName;

    public DeadLetterRedrive(KafkaClients kafka, ConsumerSettings settings,
                             @Value("${micronaut.application.name}") String applicationName) {
        this.kafka = kafka;
        this.settings = settings;
        this.applicationName = applicationName;
    }

    /** Re-drives every dead letter of {@code topic} not re-driven before; returns how many. */
    public int redrive(String topic) {
        String deadLetterTopic = DeadLetters.topicFor(topic, settings.groupId());
        int count = 0;
        try (var consumer = kafka.consumer(settings.groupId() + ".redrive", applicationName + "-redrive", Map.of());
             var producer = kafka.producer(applicationName + "-redrive")) {
            // Assigned, not subscribed: no rebalance to wait for, and "done" is simply reaching the end offsets.
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> parked : consumer.poll(POLL)) {
                    producer.send(original(parked, topic)).get();
                    count++;
                }
                consumer.commitSync();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-driving " + deadLetterTopic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not re-drive a dead letter to " + topic, e.getCause());
        }
        LOG.info("Re-drove {} dead letter(s) from {} to {}", count, deadLetterTopic, topic);
        return count;
    }

    private static ProducerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> parked, String topic) {
        var record = new ProducerRecord<String, byte[]>(topic, parked.key(), parked.value());
        for (Header header : parked.headers()) {
            if (!header.key().startsWith(DeadLetters.HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        LOG.debug("Re-driving event {}", CloudEventHeaders.read(parked.headers(), CloudEventHeaders.ID));
        return record;
    }
}
