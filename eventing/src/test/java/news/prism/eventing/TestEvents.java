package news.prism.eventing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.prism.events.SourceIngested;
import news.prism.testkit.EventSender;
import news.prism.testkit.EventsOnTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Writes and reads raw Prism records on the test broker, the way another service would. */
final class TestEvents {

    private final String bootstrapServers;

    TestEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    static SourceIngested source(String key, String title) {
        return SourceIngested.newBuilder()
                .setSourceId(key).setOutlet("Harbour Gazette").setUrl("https://harbour.example/" + title)
                .setTitle(title).setBody("Body of " + title).setContentHash(title)
                .setIngestedAt(Instant.parse("2026-06-01T10:00:00Z")).setWordCount(3)
                .build();
    }

    /** Sends {@code value}, whatever it is, under the headers of a SourceIngested event. */
    void send(String topic, String key, String eventId, byte[] value) {
        try (var sender = new EventSender(bootstrapServers, "/prism/test")) {
            sender.send(topic, key, eventId, SourceIngested.getClassSchema().getFullName(), value);
        }
    }

    void send(String topic, String key, String eventId, SourceIngested event) {
        try (var sender = new EventSender(bootstrapServers, "/prism/test")) {
            sender.send(topic, key, eventId, event);
        }
    }

    static String newId() {
        return EventSender.newEventId();
    }

    /** Reads a topic from the start until {@code expected} records arrived or the time is up. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected, Duration timeout) {
        try (var reader = new EventsOnTopic(bootstrapServers, topic)) {
            return reader.awaitRecords(expected, timeout);
        }
    }
}
