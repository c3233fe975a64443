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
import java.util.Map;
import news.prism.eventing.consumer.DeadLetterRedrive;
import news.prism.eventing.consumer.DeadLetters;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterRedriveTest implements TestPropertyProvider {

    private static final String TOPIC = "eventing-test.redrive.v1";

    @Inject
    DeadLetterRedrive redrive;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TestEvents events = new TestEvents(Infrastructure.shared().bootstrapServers());

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(TOPIC, DeadLetters.topicFor(TOPIC, "eventing-test"));
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("eventing_redrive"));
        properties.put("test.consumer.topic", TOPIC);
        return properties;
    }

    @Test
    void aParkedEventIsHandledOnceWhenReDrivenAfterTheFix() {
        RecordingHandler.BROKEN.add("until-fixed");
        events.send(TOPIC, "k", TestEvents.newId(), TestEvents.source("k", "until-fixed"));
        events.send(TOPIC, "k", TestEvents.newId(), TestEvents.source("k", "meanwhile"));
        await().atMost(Duration.ofSeconds(60)).until(() -> effects("meanwhile") == 1);
        assertThat(effects("until-fixed")).isZero();

        RecordingHandler.BROKEN.remove("until-fixed");
        assertThat(redrive.redrive(TOPIC)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> effects("until-fixed") == 1);
        assertThat(redrive.redrive(TOPIC)).as("a second re-drive finds nothing new").isZero();
    }

    private long effects(String title) {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement("SELECT count(*) FROM effects WHERE title = ?")) {
                statement.setString(1, title);
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }
}
