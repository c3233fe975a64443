package news.prism.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.prism.eventing.envelope.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer of one topic, on a thread of its own, reading from the topic's end when it starts: for each event,
 * by event id, when its producer sent it (the record's timestamp, in whole milliseconds) and when it reached this
 * consumer. Beside a service's consumer of the same topic, it tells the broker's part of a hop from the service's.
 */
final class ReceiptWatch implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration START = Duration.ofSeconds(30);

    private final Map<String, Receipt> received = new ConcurrentHashMap<>();
    private final CountDownLatch reading = new CountDownLatch(1);
    private final String bootstrapServers;
    private final String topic;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    ReceiptWatch(String bootstrapServers, String topic) throws InterruptedException {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.thread = Thread.ofPlatform().name("receipt-watch").daemon().start(this::read);
        if (!reading.await(START.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Could not start reading " + topic);
        }
    }

    /** When an event was sent, and when this consumer got it. */
    record Receipt(Instant sent, Instant got) {
    }

    Map<String, Receipt> received() {
        return Map.copyOf(received);
    }

    private void read() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, byte[]> client = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = client;
            List<TopicPartition> partitions = client.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            client.assign(partitions);
            client.seekToEnd(partitions);
            partitions.forEach(client::position);
            reading.countDown();
            while (running) {
                for (ConsumerRecord<String, byte[]> record : client.poll(POLL)) {
                    Instant now = Instant.now();
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (id != null) {
                        received.put(new String(id.value(), StandardCharsets.UTF_8),
                                new Receipt(Instant.ofEpochMilli(record.timestamp()), now));
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closed
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(START.toMillis());
    }
}
