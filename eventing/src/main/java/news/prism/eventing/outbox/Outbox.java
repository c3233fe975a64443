package news.prism.eventing.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.TraceParent;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;

/**
 * Records an event to send, in the caller's transaction: the event leaves only if the state change that
 * caused it commits, and it leaves even if Kafka is down at that moment.
 */
@Singleton
public class Outbox {

    private final JdbcOperations jdbc;
    private final EventCodec codec;
    private final String source;

    public Outbox(JdbcOperations jdbc, EventCodec codec, @Value("${prism.eventing.source}") String source) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
    }

    /** Starts a new trace: the event is caused by a request. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(String topic, String key, SpecificRecord event) {
        return insert(topic, key, event, TraceParent.newTrace());
    }

    /** Continues the trace of the event that caused this one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(String topic, String key, SpecificRecord event, EventEnvelope cause) {
        return insert(topic, key, event, cause.traceParent().child());
    }

    private UUID insert(String topic, String key, SpecificRecord event, TraceParent trace) {
        UUID id = UUID.randomUUID();
        byte[] payload = codec.encode(event);
        jdbc.prepareStatement("""
                INSERT INTO outbox (event_id, topic, message_key, event_type, event_source, occurred_at, traceparent, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            try {
                statement.setObject(1, id);
                statement.setString(2, topic);
                statement.setString(3, key);
                statement.setString(4, event.getSchema().getFullName());
                statement.setString(5, source);
                statement.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                statement.setString(7, trace.toString());
                statement.setBytes(8, payload);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new OutboxException("Could not record event for " + topic, e);
            }
        });
        return id;
    }
}
