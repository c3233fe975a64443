package news.prism.eventing.consumer;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Parks an event that cannot be handled on {@code <topic>.dlq.<consumer-group>}, with its original headers and
 * the error in {@code prism_dlq_*} headers, so that the consumer can move on and the event can be re-driven.
 */
@Singleton
public class DeadLetters {

    public static final String HEADER_PREFIX = "prism_dlq_";
    public static final String ORIGINAL_TOPIC = HEADER_PREFIX + "topic";
    public static final String ORIGINAL_PARTITION = HEADER_PREFIX + "partition";
    public static final String ORIGINAL_OFFSET = HEADER_PREFIX + "offset";
    public static final String ERROR_CLASS = HEADER_PREFIX + "error_class";
    public static final String ERROR_MESSAGE = HEADER_PREFIX + "error_message";

    /** On shutdown, how long unsent records may hold the service up; they stay in the outbox or are redelivered. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private final KafkaProducer<String, byte[]> producer;

    public DeadLetters(KafkaClients kafka, @Value("${micronaut.application.name}") String applicationName) {
        this.producer = kafka.producer(applicationName + "-dead-letters");
    }

    public static String topicFor(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }

    /** Blocks until the broker has the record: the original's offset is committed only after that. */
    public void park(ConsumerRecord<String, byte[]> record, String consumerGroup, Throwable error) {
        var parked = new ProducerRecord<>(topicFor(record.topic(), consumerGroup), null, record.key(), record.value(),
                record.headers());
        header(parked, ORIGINAL_TOPIC, record.topic());
        header(parked, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(parked, ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(parked, ERROR_CLASS, error.getClass().getName());
        header(parked, ERROR_MESSAGE, String.valueOf(error.getMessage()));
        try {
            producer.send(parked).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a dead letter", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not park a dead letter on " + parked.topic(), e.getCause());
        }
    }

    @PreDestroy
    void close() {
        producer.close(CLOSE_TIMEOUT);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
