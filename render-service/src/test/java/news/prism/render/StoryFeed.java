package news.prism.render;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes StoryPublished and StoryRetracted events the way story-service's outbox relay does: CloudEvents headers,
 * Avro value, keyed by story id.
 */
public final class StoryFeed implements AutoCloseable {

    private static final String STORY_SERVICE = "/prism/story-service";

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final EventCodec codec = new EventCodec();

    public StoryFeed(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the event with the given CloudEvents id, keyed by story id, and waits for the broker to have it. */
    public void send(String eventId, StoryPublished story) {
        send(eventId, story.getStoryId(), story);
    }

    public void send(String eventId, StoryRetracted retraction) {
        send(eventId, retraction.getStoryId(), retraction);
    }

    private void send(String eventId, String storyId, SpecificRecord event) {
        var record = new ProducerRecord<String, byte[]>(topic, storyId, codec.encode(event));
        CloudEventHeaders.write(record.headers(), eventId, event.getSchema().getFullName(), STORY_SERVICE,
                Instant.now(), TraceParent.newTrace());
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send " + eventId, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
