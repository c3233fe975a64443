package news.prism.notify.webhook;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;

/**
 * The webhook_deliveries table as events fill it and senders empty it. Senders claim due deliveries the way mail
 * senders claim mails ({@code FOR UPDATE SKIP LOCKED}, committed at once, not due again before the lease ends), so
 * that instances share the queue and a dead sender's deliveries come back; an outcome is recorded only while the
 * claim still stands.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class DeliveryQueue {

    private final Sql sql;

    DeliveryQueue(Sql sql) {
        this.sql = sql;
    }

    /** A delivery to queue; {@code sourceEventId} is the Kafka event's id, which makes a repeat a no-op. */
    record NewDelivery(UUID id, UUID webhookId, String sourceEventId, WebhookEventType type, String storyId,
                       String body) {
    }

    /** The webhooks, active or paused, that want events of the type about stories of the topic. */
    List<UUID> webhooksFor(WebhookEventType type, String topic) {
        return sql.list("""
                SELECT id FROM webhooks
                WHERE status IN ('ACTIVE', 'PAUSED') AND ? = ANY (event_types)
                    AND (cardinality(topics) = 0 OR ? = ANY (topics))
                ORDER BY id""", row -> Sql.uuid(row, "id"), type.wireName(), topic);
    }

    void enqueue(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(deliveries.size());
        for (NewDelivery delivery : deliveries) {
            rows.add(new Object[] {delivery.id(), delivery.webhookId(), delivery.sourceEventId(),
                delivery.type().wireName(), delivery.storyId(), delivery.body(), now, now});
        }
        sql.batch("""
                INSERT INTO webhook_deliveries
                    (id, webhook_id, source_event_id, event_type, story_id, body, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                ON CONFLICT ON CONSTRAINT webhook_deliveries_once_per_event DO NOTHING""", rows);
    }

    /** Claims up to {@code limit} due deliveries of active webhooks, oldest first, for the lease. */
    List<DueDelivery> claimDue(int limit, Duration lease, Instant now) {
        UUID claim = UUID.randomUUID();
        return sql.list("""
                UPDATE webhook_deliveries d SET claim = ?, next_attempt_at = ?
                FROM webhooks w
                WHERE w.id = d.webhook_id AND d.id IN (
                    SELECT due.id FROM webhook_deliveries due JOIN webhooks hook ON hook.id = due.webhook_id
                    WHERE due.status = 'PENDING' AND due.next_attempt_at <= ? AND hook.status = 'ACTIVE'
                    ORDER BY due.next_attempt_at, due.id
                    LIMIT ?
                    FOR UPDATE OF due SKIP LOCKED)
                RETURNING d.id, d.webhook_id, w.url, d.body, d.attempts, w.secret, w.previous_secret,
                    w.previous_secret_until""",
                row -> due(row, claim, now), claim, now.plus(lease), now, limit);
    }

    /** Makes deliveries of a claim that a sender did not get to due again at once. */
    void release(List<DueDelivery> deliveries, Instant now) {
        sql.update("""
                UPDATE webhook_deliveries SET next_attempt_at = ?
                WHERE id = ANY (?) AND claim = ? AND status = 'PENDING'""",
                now, Sql.uuids(deliveries.stream().map(DueDelivery::id).toList()), deliveries.getFirst().claim());
    }

    /** @return whether it was recorded (false: the claim no longer stands) */
    boolean delivered(DueDelivery delivery, int attempts, int status, Instant now) {
        return sql.update("""
                UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = ?, last_status = ?, last_error = NULL,
                    completed_at = ?
                WHERE id = ? AND claim = ? AND status = 'PENDING'""",
                attempts, status, now, delivery.id(), delivery.claim()) == 1;
    }

    /** @return whether it was recorded (false: the claim no longer stands) */
    boolean retryAt(DueDelivery delivery, int attempts, Integer status, String error, Instant next) {
        return sql.update("""
                UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?
                WHERE id = ? AND claim = ? AND status = 'PENDING'""",
                attempts, status, error, next, delivery.id(), delivery.claim()) == 1;
    }

    /** @return whether it was recorded (false: the claim no longer stands) */
    boolean failed(DueDelivery delivery, int attempts, Integer status, String error, Instant now) {
        return sql.update("""
                UPDATE webhook_deliveries SET status = 'FAILED', attempts = ?, last_status = ?, last_error = ?,
                    completed_at = ?
                WHERE id = ? AND claim = ? AND status = 'PENDING'""",
                attempts, status, error, now, delivery.id(), delivery.claim()) == 1;
    }

    /** Disables the webhook with the reason, unless it is disabled already. */
    void disable(UUID webhookId, String reason, Instant now) {
        sql.update("""
                UPDATE webhooks SET status = 'DISABLED', disabled_reason = ?, updated_at = ?
                WHERE id = ? AND status <> 'DISABLED'""", reason, now, webhookId);
    }

    private static DueDelivery due(ResultSet row, UUID claim, Instant now) throws SQLException {
        List<String> secrets = new ArrayList<>(List.of(row.getString("secret")));
        Instant previousUntil = Sql.instant(row, "previous_secret_until");
        if (previousUntil != null && previousUntil.isAfter(now)) {
            secrets.add(row.getString("previous_secret"));
        }
        return new DueDelivery(Sql.uuid(row, "id"), Sql.uuid(row, "webhook_id"), row.getString("url"),
                row.getString("body"), row.getInt("attempts"), List.copyOf(secrets), claim);
    }
}
