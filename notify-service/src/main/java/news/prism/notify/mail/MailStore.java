package news.prism.notify.mail;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.prism.eventing.envelope.TraceParent;
import news.prism.data.Sql;

/** The senders' view of the queued mails. */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class MailStore {

    private final Sql sql;

    MailStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Claims the oldest due mails that no other sender is claiming ({@code FOR UPDATE SKIP LOCKED}) for the lease:
     * they are not due again before it ends, so several senders and instances share the queue.
     */
    List<DueMail> claimDue(int limit, Duration lease) {
        UUID claim = UUID.randomUUID();
        return sql.list("""
                UPDATE mails SET claim = ?, next_attempt_at = now() + make_interval(secs => ?)
                WHERE id IN (
                    SELECT id FROM mails WHERE status = 'PENDING' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at, id
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, subscriber_id, delivery_id, attempts, traceparent""",
                row -> new DueMail(row.getLong("id"), MailKind.valueOf(row.getString("kind")),
                        Sql.uuid(row, "subscriber_id"), Sql.uuid(row, "delivery_id"), row.getInt("attempts"),
                        TraceParent.parseOrNew(row.getString("traceparent")), claim),
                claim, seconds(lease), limit)
                .stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    /** Locks the mail until the transaction ends if it is still pending under this claim. */
    boolean lockClaimed(DueMail mail) {
        return sql.one("SELECT 1 FROM mails WHERE id = ? AND claim = ? AND status = 'PENDING' FOR UPDATE",
                row -> true, mail.id(), mail.claim()).isPresent();
    }

    /**
     * Makes the mails of the claim from {@code first} on (in id order, the ones a sender did not get to) due again
     * at once.
     */
    void release(DueMail first) {
        sql.update("UPDATE mails SET next_attempt_at = now() WHERE claim = ? AND id >= ? AND status = 'PENDING'",
                first.claim(), first.id());
    }

    /**
     * Marks the mails sent that are still pending under their claims, in one round trip. With {@code durable} false
     * the transaction's commit does not wait for the disk ({@code synchronous_commit = off}): it is as final as any
     * other once the commit returns, and only a crash of the database server itself within a fraction of a second
     * could forget it, in which case those mails go out once more; a crash of this service loses nothing.
     *
     * @return the ids of the mails marked (the others' claims no longer stand)
     */
    Set<Long> sentAll(List<DueMail> mails, boolean durable) {
        if (!durable) {
            sql.execute("SET LOCAL synchronous_commit TO OFF");
        }
        int[] changed = sql.batch("""
                UPDATE mails SET status = 'SENT', attempts = ?, completed_at = now()
                WHERE id = ? AND claim = ? AND status = 'PENDING'""",
                mails.stream().map(mail -> new Object[] {mail.attempts() + 1, mail.id(), mail.claim()}).toList());
        Set<Long> marked = new HashSet<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 1) {
                marked.add(mails.get(i).id());
            }
        }
        return marked;
    }

    /** @return whether it was (false: the claim no longer stands) */
    boolean cancelled(DueMail mail) {
        return sql.update("""
                UPDATE mails SET status = 'CANCELLED', completed_at = now()
                WHERE id = ? AND claim = ? AND status = 'PENDING'""", mail.id(), mail.claim()) == 1;
    }

    /** @return whether it was (false: the claim no longer stands) */
    boolean retryLater(DueMail mail, int attempts, String error, Duration delay) {
        return sql.update("""
                UPDATE mails SET attempts = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
                WHERE id = ? AND claim = ? AND status = 'PENDING'""",
                attempts, error, seconds(delay), mail.id(), mail.claim()) == 1;
    }

    /** @return whether it was (false: the claim no longer stands) */
    boolean failed(DueMail mail, int attempts, String error) {
        return sql.update("""
                UPDATE mails SET status = 'FAILED', attempts = ?, last_error = ?, completed_at = now()
                WHERE id = ? AND claim = ? AND status = 'PENDING'""", attempts, error, mail.id(), mail.claim()) == 1;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
