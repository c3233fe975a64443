package news.prism.eventing.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends unsent outbox rows to Kafka in id order and marks them sent.
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
    private final KafkaClients kafka;
    private final OutboxSettings settings;
    private final String clientId;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(TransactionOperations<Connection> transactions, KafkaClients kafka, OutboxSettings settings,
                       @Value("${micronaut.application.name}") String applicationName) {
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.clientId = applicationName + "-outbox-relay";
    }

    @Scheduled(fixedDelay = "${prism.outbox.poll-interval:100ms}", initialDelay = "1s")
    synchronized void relayPending() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == settings.batchSize());
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay failed; unsent events stay in the outbox and are retried", e);
            closeProducer();
        }
    }

    /** Sends one batch; returns how many rows it sent (0 when another instance holds the lock). */
    public synchronized int relayBatch() {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            if (!tryLock(connection)) {
                return 0;
            }
            List<OutboxRow> rows = unsent(connection);
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            markSent(connection, rows);
            return rows.size();
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgeSent() {
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => ?)")) {
                delete.setLong(1, settings.retention().toSeconds());
                return delete.executeUpdate();
            }
        });
    }

    @PreDestroy
    synchronized void closeProducer() {
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
            producer = null;
        }
    }

    private void send(List<OutboxRow> rows) {
        if (producer == null) {
            producer = kafka.producer(clientId);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            var record = new ProducerRecord<String, byte[]>(row.topic(), row.key(), row.payload());
            CloudEventHeaders.write(record.headers(), row.eventId().toString(), row.type(), row.source(),
                    row.occurredAt(), TraceParent.parseOrNew(row.traceparent()));
            acks.add(producer.send(record));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending outbox events", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an outbox event", e.getCause());
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet result = lock.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private List<OutboxRow> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(UNSENT)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet result = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong("id"), result.getObject("event_id", UUID.class),
                            result.getString("topic"), result.getString("message_key"), result.getString("event_type"),
                            result.getString("event_source"), result.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            result.getString("traceparent"), result.getBytes("payload")));
                }
                return rows;
            }
        }
    }

    private static void markSent(Connection connection, List<OutboxRow> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET sent_at = now() WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray()));
            update.executeUpdate();
        }
    }

    private record OutboxRow(long id, UUID eventId, String topic, String key, String type, String source,
                             Instant occurredAt, String traceparent, byte[] payload) {
    }
}
