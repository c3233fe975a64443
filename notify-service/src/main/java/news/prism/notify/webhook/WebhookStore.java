package news.prism.notify.webhook;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.data.Sql;

/** The webhooks table as the API changes it, and the deliveries list it shows. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class WebhookStore {

    private static final String COLUMNS = """
            id, url, topics, event_types, status, disabled_reason, created_by, created_at, updated_at,
            previous_secret_until""";

    private final Sql sql;

    WebhookStore(Sql sql) {
        this.sql = sql;
    }

    void insert(Webhook webhook, String secret) {
        sql.update("""
                INSERT INTO webhooks (id, url, topics, event_types, status, secret, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                webhook.id(), webhook.url(), Sql.texts(webhook.topics()), Sql.texts(webhook.eventTypes()),
                webhook.status().name(), secret, webhook.createdBy(), webhook.createdAt(), webhook.updatedAt());
    }

    List<Webhook> all() {
        return sql.list("SELECT " + COLUMNS + " FROM webhooks ORDER BY created_at, id", WebhookStore::webhook);
    }

    Optional<Webhook> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhooks WHERE id = ?", WebhookStore::webhook, id);
    }

    /** Paused or active by a user's word: any reason the service had for disabling it is cleared. */
    Optional<Webhook> setStatus(UUID id, WebhookStatus status, Instant now) {
        return sql.one("""
                UPDATE webhooks SET status = ?, disabled_reason = NULL, updated_at = ?
                WHERE id = ? RETURNING""" + " " + COLUMNS, WebhookStore::webhook, status.name(), now, id);
    }

    boolean delete(UUID id) {
        return sql.update("DELETE FROM webhooks WHERE id = ?", id) == 1;
    }

    /** The current secret becomes the previous one, which signs along until {@code previousUntil}. */
    Optional<Webhook> rotate(UUID id, String secret, Instant previousUntil, Instant now) {
        return sql.one("""
                UPDATE webhooks SET previous_secret = secret, previous_secret_until = ?, secret = ?, updated_at = ?
                WHERE id = ? RETURNING""" + " " + COLUMNS, WebhookStore::webhook, previousUntil, secret, now, id);
    }

    List<WebhookDelivery> deliveries(UUID webhookId, int limit) {
        return sql.list("""
                SELECT id, event_type, story_id, status, attempts, last_status, last_error, next_attempt_at,
                    created_at, completed_at
                FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC, id LIMIT ?""",
                row -> new WebhookDelivery(Sql.uuid(row, "id"), row.getString("event_type"),
                        row.getString("story_id"), DeliveryStatus.valueOf(row.getString("status")),
                        row.getInt("attempts"), row.getObject("last_status", Integer.class),
                        row.getString("last_error"),
                        "PENDING".equals(row.getString("status")) ? Sql.instant(row, "next_attempt_at") : null,
                        Sql.instant(row, "created_at"), Sql.instant(row, "completed_at")),
                webhookId, limit);
    }

    /** The webhook's FAILED deliveries are due again at once, with a fresh schedule. @return how many */
    int redrive(UUID webhookId, Instant now) {
        return sql.update("""
                UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claim = NULL,
                    completed_at = NULL
                WHERE webhook_id = ? AND status = 'FAILED'""", now, webhookId);
    }

    private static Webhook webhook(ResultSet row) throws SQLException {
        return new Webhook(Sql.uuid(row, "id"), row.getString("url"), Sql.texts(row, "topics"),
                Sql.texts(row, "event_types"), WebhookStatus.valueOf(row.getString("status")),
                row.getString("disabled_reason"), row.getString("created_by"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), Sql.instant(row, "previous_secret_until"));
    }
}
