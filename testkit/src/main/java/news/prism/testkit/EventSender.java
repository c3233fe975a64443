package news.prism.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays another Prism service: writes events the way an outbox relay does, an Avro value encoded with
 * {@link EventCodec} under CloudEvents headers (Kafka binding, binary mode) and a new W3C trace, and waits until the
 * broker has each one.
 */
public final class EventSender implements AutoCloseable {

    private final String source;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    /** {@code source} is the CloudEvents source of every event sent, e.g. {@code /prism/story-service}. */
    public EventSender(String bootstrapServers, String source) {
        this.source = source;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** Sends the event under a new event id; returns that id. */
    public String send(String topic, String key, SpecificRecord event) {
        String eventId = newEventId();
        send(topic, key, eventId, event);
        return eventId;
    }

    /** Sends the event under the given event id: the same id again is a redelivery. */
    public void send(String topic, String key, String eventId, SpecificRecord event) {
        send(topic, key, eventId, event.getSchema().getFullName(), codec.encode(event));
    }

    /** Sends any value, e.g. bytes that are no event at all, under the headers of an event of {@code type}. */
    public void send(String topic, String key, String eventId, String type, byte[] value) {
        var record = new ProducerRecord<String, byte[]>(topic, key, value);
        writeHeaders(record.headers(), eventId, type);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send " + eventId + " to " + topic, e.getCause());
        }
    }

    private void writeHeaders(Headers headers, String eventId, String type) {
        HexFormat hex = HexFormat.of();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceParent = "00-" + hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong())
                + "-" + hex.toHexDigits(random.nextLong()) + "-01";
        Map.of("ce_specversion", "1.0", TopicEvent.ID, eventId, TopicEvent.TYPE, type, TopicEvent.SOURCE, source,
                        TopicEvent.TIME, Instant.now().toString(), "content-type", "application/avro",
                        TopicEvent.TRACEPARENT, traceParent)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
