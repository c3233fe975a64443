package news.prism.eventing.envelope;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns a Kafka record written by any Prism service (or a newsroom system) back into an {@link EventEnvelope}. */
@Singleton
public class EnvelopeReader {

    private final EventCodec codec;

    public EnvelopeReader(EventCodec codec) {
        this.codec = codec;
    }

    /** @throws MalformedEventException when a required header is missing or the value cannot be decoded */
    public EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        if (record.value() == null) {
            throw new MalformedEventException("the record has no value");
        }
        try {
            String time = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TIME);
            return new EventEnvelope(id, type, source,
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                    TraceParent.parseOrNew(CloudEventHeaders.read(record.headers(), CloudEventHeaders.TRACEPARENT)),
                    record.key(),
                    codec.decode(type, record.value()));
        } catch (DateTimeParseException | org.apache.avro.AvroRuntimeException | java.io.UncheckedIOException
                 | EventCodec.UnknownEventTypeException e) {
            throw new MalformedEventException(e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String header) {
        String value = CloudEventHeaders.read(record.headers(), header);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("header " + header + " is missing");
        }
        return value;
    }
}
