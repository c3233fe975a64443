package news.prism.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A service that does nothing: it reads each record of one topic and writes it to another with the producer and
 * consumer settings every Prism service uses, committing after each poll. Its rate is what Kafka alone allows a
 * consume-and-publish service on this machine, the ceiling under ingest-service's.
 */
final class KafkaPassThrough implements AutoCloseable {

    private final KafkaClients kafka;
    private final String from;
    private final String to;
    private final Thread thread;
    private volatile boolean running = true;

    KafkaPassThrough(String bootstrapServers, String from, String to) {
        this.kafka = new KafkaClients(bootstrapServers);
        this.from = from;
        this.to = to;
        this.thread = new Thread(this::run, "kafka-pass-through");
    }

    KafkaPassThrough start() {
        thread.start();
        return this;
    }

    private void run() {
        try (var consumer = kafka.consumer("pass-through-" + UUID.randomUUID(), "pass-through", Map.of());
             var producer = kafka.producer("pass-through")) {
            consumer.subscribe(List.of(from));
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, byte[]> record : records) {
                    producer.send(new ProducerRecord<>(to, null, record.key(), record.value(), record.headers()));
                }
                if (!records.isEmpty()) {
                    producer.flush();
                    consumer.commitSync();
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(10));
    }
}
