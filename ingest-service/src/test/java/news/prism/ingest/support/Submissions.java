package news.prism.ingest.support;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes events to a topic as a newsroom system's outbox relay would: CloudEvents headers, Avro value. */
public final class Submissions implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String source;

    public Submissions(String bootstrapServers, String topic, String source) {
        this.producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.source = source;
    }

    public void send(String key, String eventId, SpecificRecord event) {
        sendRaw(key, eventId, event.getSchema().getFullName(), codec.encode(event));
    }

    /** Any bytes as a submission, with the CloudEvents headers when {@code eventId} is given. */
    public void sendRaw(String key, @Nullable String eventId, String type, byte[] value) {
        var record = new ProducerRecord<>(topic, key, value);
        if (eventId != null) {
            CloudEventHeaders.write(record.headers(), eventId, type, source, Instant.now(), TraceParent.newTrace());
        }
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
