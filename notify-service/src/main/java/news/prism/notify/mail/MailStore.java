package news.prism.notify.mail;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import news.prism.eventing.envelope.TraceParent;
import news.prism.notify.db.Sql;

/** The dispatcher's view of the queued mails. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class MailStore {

    private final Sql sql;

    MailStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * The oldest due mail that no other dispatcher holds, locked until the transaction ends: several instances
     * of the service share the queue without sending a mail twice.
     */
    Optional<DueMail> claimNextDue() {
        return sql.one("""
                SELECT id, kind, subscriber_id, delivery_id, attempts, traceparent FROM mails
                WHERE status = 'PENDING' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", row -> new DueMail(row.getLong("id"),
                MailKind.valueOf(row.getString("kind")), Sql.uuid(row, "subscriber_id"),
                Sql.uuid(row, "delivery_id"), row.getInt("attempts"),
                TraceParent.parseOrNew(row.getString("traceparent"))));
    }

    void sent(long id, int attempts) {
        sql.update("UPDATE mails SET status = 'SENT', attempts = ?, completed_at = now() WHERE id = ?", attempts, id);
    }

    void cancelled(long id) {
        sql.update("UPDATE mails SET status = 'CANCELLED', completed_at = now() WHERE id = ?", id);
    }

    void retryLater(long id, int attempts, String error, Duration delay) {
        sql.update("""
                UPDATE mails SET attempts = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
                WHERE id = ?""", attempts, error, delay.toMillis() / 1000.0, id);
    }

    void failed(long id, int attempts, String error) {
        sql.update("""
                UPDATE mails SET status = 'FAILED', attempts = ?, last_error = ?, completed_at = now()
                WHERE id = ?""", attempts, error, id);
    }
}
