package news.prism.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One Prism event as read from a topic: its CloudEvents attributes (Kafka binding, binary mode) and its Avro payload,
 * decoded with {@link EventCodec} from the class that {@code ce_type} names.
 */
public record TopicEvent(String id, String type, String source, Instant time, String traceParent, String key,
                         SpecificRecord payload) {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String TRACEPARENT = "traceparent";

    /** Fails when a required CloudEvents header is missing or the value is not an event of its {@code ce_type}. */
    public static TopicEvent read(ConsumerRecord<String, byte[]> record, EventCodec codec) {
        String type = required(record, TYPE);
        String time = header(record.headers(), TIME);
        if (record.value() == null) {
            throw new IllegalStateException("The record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no value");
        }
        return new TopicEvent(required(record, ID), type, required(record, SOURCE),
                time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                header(record.headers(), TRACEPARENT), record.key(), codec.decode(type, record.value()));
    }

    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record.headers(), name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no header " + name);
        }
        return value;
    }
}
