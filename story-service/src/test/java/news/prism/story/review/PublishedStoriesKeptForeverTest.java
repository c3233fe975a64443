package news.prism.story.review;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.KafkaBroker;
import news.prism.testkit.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * story-service declares {@code story.stories.v1} at startup and keeps it forever, so that a consumer that starts long
 * after the broker's default retention has passed still rebuilds every published story. The broker is this class's
 * own, with a default retention of seconds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedStoriesKeptForeverTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1";
    private static final String CONTROL = "story-test.default-retention.v1";
    private static final Duration DEFAULT_RETENTION = Duration.ofSeconds(3);

    private final KafkaBroker broker = KafkaBroker.temporary(0, Map.of(
            "log.retention.ms", Long.toString(DEFAULT_RETENTION.toMillis()),
            "log.retention.check.interval.ms", "500",
            "log.initial.task.delay.ms", "0")).start();

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.shared().micronautProperties("story_kept_forever"));
        properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
        properties.put("prism.consumer.group-id", "story-service-kept-forever");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }

    @Test
    void aConsumerStartingAfterTheDefaultRetentionRebuildsEveryPublishedStory() throws Exception {
        assertThat(retentionMs(STORIES)).isEqualTo("-1");
        Topics.create(broker.bootstrapServers(), 1, List.of(CONTROL));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(CONTROL, "k", "kept as long as the broker's default")).get();
        }
        Set<String> published = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            published.add(publish());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> storyIdsFromTheStart().containsAll(published));

        // The default retention has passed once the broker has deleted the control topic's record.
        await().atMost(Duration.ofSeconds(60)).until(() -> beginningOffset(CONTROL) > 0);

        assertThat(storyIdsFromTheStart()).containsAll(published);
    }

    private String publish() {
        Api.Response created = api.post("/api/stories", ALICE, SampleStory.json(story ->
                story.put("headline", "Kept forever " + UUID.randomUUID())));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = (String) created.json().get("id");
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/approve", BOB, null).status()).isEqualTo(200);
        return id;
    }

    /** What a consumer group that has never read the topic finds there. */
    private List<String> storyIdsFromTheStart() {
        List<String> keys = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "a-consumer-a-year-late-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(STORIES));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int empty = 0;
            while (System.nanoTime() < deadline && empty < 5) {
                var records = consumer.poll(Duration.ofMillis(500));
                empty = records.isEmpty() && !consumer.assignment().isEmpty() ? empty + 1 : 0;
                records.forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }

    private long beginningOffset(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            return consumer.beginningOffsets(List.of(new TopicPartition(topic, 0))).values().iterator().next();
        }
    }

    private String retentionMs(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value();
        }
    }
}
