package news.prism.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.trace.Span;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import news.prism.data.Sql;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.eventing.tracing.EventTracing;
import news.prism.eventing.tracing.Traces;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends unsent outbox rows to Kafka in id order and marks them sent, as soon as they are committed
 * ({@link OutboxRelayLoop}).
 *
 * <p>Only one instance of a service relays at a time: each batch runs under a transaction-scoped advisory
 * lock, so rows are neither sent twice by two instances nor overtaken across instances, which keeps the
 * per-key order. A failed send rolls the batch back; it is sent again on the next run and consumers drop
 * the repeats by event id.
 */
@Singleton
@Requires(property = "prism.outbox.relay-enabled", notEquals = "false")
public class OutboxRelay {

    /** On shutdown, how long unsent records may hold the service up; they stay in the outbox or are redelivered. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('prism.outbox.relay'))";
    private static final String UNSENT = """
            SELECT id, event_id, topic, message_key, event_type, event_source, occurred_at, traceparent, payload
            FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?""";

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;
    private final KafkaClients kafka;
    private final OutboxSettings settings;
    private final EventTracing tracing;
    private final String clientId;
    private final Counter relayed;
    private final Counter failedRuns;
    private KafkaProducer<String, byte[]> producer;
    private volatile String lastFailure;

    public OutboxRelay(TransactionOperations<Connection> transactions, KafkaClients kafka, OutboxSettings settings,
                       Sql sql, EventTracing tracing, MeterRegistry registry,
                       @Value("${micronaut.application.name}") String applicationName) {
        this.transactions = transactions;
        this.sql = sql;
        this.kafka = kafka;
        this.settings = settings;
        this.tracing = tracing;
        this.clientId = applicationName + "-outbox-relay";
        this.relayed = registry.counter("prism.outbox.relay.sent");
        this.failedRuns = registry.counter("prism.outbox.relay.failures");
    }

    /** Why the relay's last run failed, as class and message; null once a run has succeeded. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Sends every unsent event, batch after batch; run by {@link OutboxRelayLoop}. */
    synchronized void relayPending() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == settings.batchSize());
            if (lastFailure != null) {
                LOG.info("Outbox relay works again");
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            String failure = e.getClass().getName() + ": " + e.getMessage();
            // Every run fails the same way while the database or broker is away: the first says why, the rest less.
            if (lastFailure == null) {
                LOG.warn("Outbox relay failed; unsent events stay in the outbox and are retried", e);
            } else {
                LOG.debug("Outbox relay failed again: {}", failure);
            }
            lastFailure = failure;
            failedRuns.increment();
            closeProducer();
        }
    }

    /** Sends one batch; returns how many rows it sent (0 when another instance holds the lock). */
    public synchronized int relayBatch() {
        return transactions.executeWrite(status -> {
            if (!tryLock()) {
                return 0;
            }
            List<OutboxRow> rows = unsent();
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            markSent(rows);
            relayed.increment(rows.size());
            return rows.size();
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgeSent() {
        transactions.executeWrite(status -> sql.update(
                "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => ?)",
                settings.retention().toSeconds()));
    }

    @PreDestroy
    synchronized void closeProducer() {
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
            producer = null;
        }
    }

    /** Each record goes out under a publish span of its own, the child of its outbox write; the header says so. */
    private void send(List<OutboxRow> rows) {
        if (producer == null) {
            producer = kafka.producer(clientId);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        try {
            for (OutboxRow row : rows) {
                TraceParent written = TraceParent.parseOrNew(row.traceparent());
                Span span = tracing.publish(row.topic(), row.eventId().toString(), written);
                spans.add(span);
                var record = new ProducerRecord<String, byte[]>(row.topic(), row.key(), row.payload());
                CloudEventHeaders.write(record.headers(), row.eventId().toString(), row.type(), row.source(),
                        row.occurredAt(), Traces.of(span, () -> written));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(spans, e);
            throw new IllegalStateException("Interrupted while sending outbox events", e);
        } catch (ExecutionException e) {
            failed(spans, e.getCause());
            throw new IllegalStateException("Kafka refused an outbox event", e.getCause());
        } catch (RuntimeException e) {
            failed(spans, e);
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private static void failed(List<Span> spans, Throwable failure) {
        spans.forEach(span -> EventTracing.failed(span, failure));
    }

    private boolean tryLock() {
        return sql.one(LOCK, row -> row.getBoolean(1)).orElse(false);
    }

    private List<OutboxRow> unsent() {
        return sql.list(UNSENT, row -> new OutboxRow(row.getLong("id"), Sql.uuid(row, "event_id"),
                row.getString("topic"), row.getString("message_key"), row.getString("event_type"),
                row.getString("event_source"), Sql.instant(row, "occurred_at"), row.getString("traceparent"),
                row.getBytes("payload")), settings.batchSize());
    }

    private void markSent(List<OutboxRow> rows) {
        sql.update("UPDATE outbox SET sent_at = now() WHERE id = ANY (?)",
                Sql.longs(rows.stream().map(OutboxRow::id).toList()));
    }

    private record OutboxRow(long id, UUID eventId, String topic, String key, String type, String source,
                             Instant occurredAt, String traceparent, byte[] payload) {
    }
}
