package news.prism.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.eventing.consumer.DeadLetters;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventConsumerTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.consumer.v1";
    private static final String GROUP = "eventing-test";

    @Inject
    TransactionOperations<Connection> transactions;

    private final TestEvents events = new TestEvents(Infrastructure.shared().bootstrapServers());

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC, DeadLetters.topicFor(TOPIC, GROUP));
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("eventing_consumer"));
        properties.put("test.consumer.topic", TOPIC);
        return properties;
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = TestEvents.newId();
        events.send(TOPIC, "k1", id, TestEvents.source("k1", "once"));
        events.send(TOPIC, "k1", id, TestEvents.source("k1", "once"));
        String after = TestEvents.newId();
        events.send(TOPIC, "k1", after, TestEvents.source("k1", "after-once"));

        await().atMost(Duration.ofSeconds(60)).until(() -> titles().contains("after-once"));

        assertThat(titles()).containsOnlyOnce("once");
    }

    @Test
    void aFailingEventIsRetriedThenParkedWithoutItsEffectAndTheNextOneIsHandled() {
        String failing = TestEvents.newId();
        events.send(TOPIC, "k2", failing, TestEvents.source("k2", "fail"));
        events.send(TOPIC, "k2", TestEvents.newId(), TestEvents.source("k2", "after-fail"));

        await().atMost(Duration.ofSeconds(60)).until(() -> titles().contains("after-fail"));

        assertThat(titles()).doesNotContain("fail");
        var parked = events.readAll(DeadLetters.topicFor(TOPIC, GROUP), 1, Duration.ofSeconds(30)).stream()
                .filter(r -> failing.equals(CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID)))
                .toList();
        assertThat(parked).hasSize(1);
        assertThat(CloudEventHeaders.read(parked.getFirst().headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("the handler breaks on purpose");
        assertThat(CloudEventHeaders.read(parked.getFirst().headers(), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
    }

    @Test
    void aFailingEventInAPollDoesNotTakeTheOthersWithItNorRepeatThem() {
        for (int i = 0; i < 20; i++) {
            String title = i == 10 ? "fail" : "batch-" + i;
            events.send(TOPIC, "k4", TestEvents.newId(), TestEvents.source("k4", title));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> titles().contains("batch-19"));

        for (int i = 0; i < 20; i++) {
            if (i != 10) {
                assertThat(titles()).containsOnlyOnce("batch-" + i);
            }
        }
    }

    @Test
    void anUnreadableRecordIsParkedAndTheConsumerMovesOn() {
        String poison = TestEvents.newId();
        events.send(TOPIC, "k3", poison, new byte[] {1, 2, 3});
        events.send(TOPIC, "k3", TestEvents.newId(), TestEvents.source("k3", "after-poison"));

        await().atMost(Duration.ofSeconds(60)).until(() -> titles().contains("after-poison"));

        var parked = events.readAll(DeadLetters.topicFor(TOPIC, GROUP), 1, Duration.ofSeconds(30)).stream()
                .filter(r -> poison.equals(CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID)))
                .toList();
        assertThat(parked).hasSize(1);
        assertThat(CloudEventHeaders.read(parked.getFirst().headers(), DeadLetters.ERROR_CLASS))
                .isEqualTo("news.prism.eventing.envelope.MalformedEventException");
    }

    private List<String> titles() {
        return Effects.titles(transactions);
    }
}
