package news.prism.eventing.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * The consumer's meters, by consumer group and topic: records handled, failed attempts, retries (a failed attempt
 * tried again, or a wait for a dependency), records parked as dead letters, session restarts; and the Kafka client's
 * own meters (among them {@code kafka_consumer_fetch_manager_records_lag} per partition) for each live client.
 */
final class ConsumerMetrics {

    private final MeterRegistry registry;
    private final String group;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    ConsumerMetrics(MeterRegistry registry, String group) {
        this.registry = registry;
        this.group = group;
    }

    void handled(String topic) {
        counter("prism.consumer.records.handled", topic).increment();
    }

    void failed(String topic) {
        counter("prism.consumer.records.failed", topic).increment();
    }

    void retried(String topic) {
        counter("prism.consumer.records.retried", topic).increment();
    }

    void parked(String topic) {
        counter("prism.consumer.records.parked", topic).increment();
    }

    void restarted() {
        registry.counter("prism.consumer.restarts", "group", group).increment();
    }

    /** Registers the topic's counters at zero, so that they can be read before anything happens. */
    void register(Iterable<String> topics) {
        for (String topic : topics) {
            counter("prism.consumer.records.handled", topic);
            counter("prism.consumer.records.failed", topic);
            counter("prism.consumer.records.retried", topic);
            counter("prism.consumer.records.parked", topic);
        }
        registry.counter("prism.consumer.restarts", "group", group);
    }

    /** Binds a client's meters until the returned handle is closed with the client. */
    AutoCloseable bind(Consumer<String, byte[]> consumer) {
        KafkaClientMetrics clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(registry);
        return clientMetrics;
    }

    private Counter counter(String name, String topic) {
        return counters.computeIfAbsent(name + "|" + topic,
                key -> registry.counter(name, "group", group, "topic", topic));
    }
}
