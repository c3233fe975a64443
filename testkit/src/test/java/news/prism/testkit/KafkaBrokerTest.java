package news.prism.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaBrokerTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        long started = System.nanoTime();
        broker = KafkaBroker.temporary(0).start();
        System.out.printf("TIMING kafka broker start: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopBroker() {
        Path dataDirectory = broker.dataDirectory();
        long started = System.nanoTime();
        broker.close();
        System.out.printf("TIMING kafka broker stop: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void aRecordProducedIsConsumedBack() throws Exception {
        String topic = "testkit-roundtrip";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "story-1", "hello prism")).get();
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-roundtrip",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("story-1");
            assertThat(record.value()).isEqualTo("hello prism");
        });
    }

    @Test
    void autoCreatedTopicsHaveThreePartitions() throws Exception {
        Topics.create(broker.bootstrapServers(), 3, List.of("testkit-explicit"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(Set.of("testkit-explicit")).allTopicNames().get()
                    .get("testkit-explicit").partitions()).hasSize(3);
        }
        // Creating it again is not an error.
        Topics.create(broker.bootstrapServers(), 3, List.of("testkit-explicit"));
    }

    @Test
    void theBrokerLogsToItsDataDirectory() throws Exception {
        assertThat(broker.logFile()).exists();
        assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
    }

    @Test
    void aBrokerThatCannotStartReportsItsLog() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaBroker blocked = KafkaBroker.temporary(taken.getLocalPort());

            assertThatThrownBy(blocked::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("errors in")
                    .hasMessageContaining("Address already in use");
            assertThat(blocked.dataDirectory()).doesNotExist();
        }
    }

    @Test
    void theBrokerJarsStayOffThisClasspath() {
        assertThatThrownBy(() -> Class.forName("kafka.Kafka")).isInstanceOf(ClassNotFoundException.class);
    }
}
