package news.prism.notify.mail;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import news.prism.eventing.tracing.Traces;
import news.prism.data.Sql;

/**
 * Queues mails in the caller's transaction, in the trace of the request or event that caused them; the {@link MailDispatcher} sends them after that transaction has
 * committed, so a rolled-back request sends nothing and a sent mail never waits on a request.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class MailQueue {

    private final Sql sql;

    public MailQueue(Sql sql) {
        this.sql = sql;
    }

    /**
     * Queues a confirmation mail unless one is already waiting: that one will name every topic pending by the time
     * it is sent, and a reader who presses "subscribe" five times gets one mail, not five.
     */
    public void confirmation(UUID subscriberId) {
        sql.update("""
                INSERT INTO mails (kind, subscriber_id, status, next_attempt_at, created_at, traceparent)
                SELECT 'CONFIRMATION', ?, 'PENDING', now(), now(), ?
                WHERE NOT EXISTS (
                    SELECT 1 FROM mails WHERE subscriber_id = ? AND kind = 'CONFIRMATION' AND status = 'PENDING')""",
                subscriberId, Traces.current().toString(), subscriberId);
    }

    /** Queues the mail of a digest. @return the mail's id */
    public long digest(UUID subscriberId) {
        return sql.one("""
                INSERT INTO mails (kind, subscriber_id, status, next_attempt_at, created_at, traceparent)
                VALUES ('DIGEST', ?, 'PENDING', now(), now(), ?)
                RETURNING id""", row -> row.getLong("id"), subscriberId, Traces.current().toString()).orElseThrow();
    }
}
