package news.prism.eventing.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.TraceParent;
import news.prism.eventing.tracing.EventTracing;
import news.prism.eventing.tracing.Traces;
import news.prism.schemas.EventCodec;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an event to send, in the caller's transaction: the event leaves only if the state change that
 * caused it commits, and it leaves even if Kafka is down at that moment. Each write is announced as
 * {@link OutboxWritten}, so that this instance's relay can be woken the moment the transaction commits.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, topic, message_key, event_type, event_source, occurred_at, traceparent, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Sql sql;
    private final EventCodec codec;
    private final EventTracing tracing;
    private final String source;
    private final Clock clock;
    private final ApplicationEventPublisher<OutboxWritten> written;

    public Outbox(Sql sql, EventCodec codec, EventTracing tracing, EventingSettings settings, Clock clock,
                  ApplicationEventPublisher<OutboxWritten> written) {
        this.sql = sql;
        this.codec = codec;
        this.tracing = tracing;
        this.source = settings.source();
        this.clock = clock;
        this.written = written;
    }

    /** Starts a new trace: the event is caused by a request. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(String topic, String key, SpecificRecord event) {
        return addAll(List.of(new Entry(topic, key, event, null))).getFirst();
    }

    /** Continues the trace of the event that caused this one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(String topic, String key, SpecificRecord event, EventEnvelope cause) {
        return addAll(List.of(new Entry(topic, key, event, cause))).getFirst();
    }

    /**
     * Records the events in one round trip, in their order (which is the order they are sent in).
     *
     * @return their event ids, in the same order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> addAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = entries.stream().map(entry -> UUID.randomUUID()).toList();
        List<TraceParent> traces = entries.stream().map(this::traceOfWrite).toList();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(parameters(ids.get(i), entries.get(i), traces.get(i), now));
        }
        try {
            sql.batch(INSERT, rows);
        } catch (DataAccessException e) {
            throw new OutboxException("Could not record " + entries.size() + " event(s) for "
                    + entries.getFirst().topic(), e);
        }
        written.publishEvent(OutboxWritten.INSTANCE);
        return ids;
    }

    /** The write's own span, which the event carries on as its traceparent: the relay's publish is its child. */
    private TraceParent traceOfWrite(Entry entry) {
        String type = entry.event().getSchema().getFullName();
        Span span = tracing.outboxWrite(entry.topic(), type, entry.cause() == null ? null : entry.cause().traceParent());
        try (Scope ignored = span.makeCurrent()) {
            LOG.debug("{} for {} written to the outbox", type, entry.topic());
            return Traces.of(span, entry::trace);
        } finally {
            span.end();
        }
    }

    private Object[] parameters(UUID id, Entry entry, TraceParent trace, OffsetDateTime now) {
        return new Object[] {id, entry.topic(), entry.key(), entry.event().getSchema().getFullName(), source, now,
                trace.toString(), codec.encode(entry.event())};
    }

    /**
     * An event to record under {@code key} on {@code topic}; {@code cause} is the event that caused it, whose trace it
     * continues, or null when a request caused it and it starts a new trace.
     */
    public record Entry(String topic, String key, SpecificRecord event, @Nullable EventEnvelope cause) {

        TraceParent trace() {
            return cause == null ? TraceParent.newTrace() : cause.traceParent().child();
        }
    }
}
