package news.prism.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.PagePublished;
import news.prism.events.PageWithdrawn;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays render-service: writes page events to the pages topic the way the outbox relay does. */
final class PageEvents implements AutoCloseable {

    private final String topic;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    PageEvents(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    static PagePublished page(String storyId, int version, String topicSlug, String headline) {
        return PagePublished.newBuilder()
                .setStoryId(storyId)
                .setVersion(version)
                .setTopicSlug(topicSlug)
                .setTopicName(topicSlug.toUpperCase() + " explained")
                .setSlug(storyId + "-slug")
                .setUrl("https://prism.example/" + topicSlug + "/" + storyId + "-slug")
                .setHeadline(headline)
                .setSummary("What " + headline + " means, from every side.")
                .setCorrection(version > 1)
                .setPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    static PageWithdrawn withdrawn(PagePublished page) {
        return PageWithdrawn.newBuilder()
                .setStoryId(page.getStoryId())
                .setTopicSlug(page.getTopicSlug())
                .setSlug(page.getSlug())
                .setUrl(page.getUrl())
                .setWithdrawnAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** Sends the event under a new event id; returns that id. */
    String send(String storyId, SpecificRecord event) {
        String id = UUID.randomUUID().toString();
        send(id, storyId, event);
        return id;
    }

    /** Sends the event under the given event id: the same id again is a redelivery. */
    void send(String eventId, String storyId, SpecificRecord event) {
        var record = new ProducerRecord<String, byte[]>(topic, storyId, codec.encode(event));
        CloudEventHeaders.write(record.headers(), eventId, event.getSchema().getFullName(), "/prism/render-service",
                Instant.now(), TraceParent.newTrace());
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
