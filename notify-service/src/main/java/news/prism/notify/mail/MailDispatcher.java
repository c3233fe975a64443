package news.prism.notify.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import news.prism.eventing.signal.DatabaseSignals;
import news.prism.eventing.signal.SignalledThreads;
import news.prism.eventing.signal.Waiter;
import news.prism.eventing.tracing.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails that are due with {@code senders} threads, each over an SMTP session of its own that stays
 * open from mail to mail. A sender claims a batch of due mails for a lease; it sends from the batch only in the first
 * half of the lease, so no other sender can claim those mails meanwhile. Story mails (a type that
 * {@link MailType#preparesInBatches() prepares in batches}) are composed {@link #PREPARE_AT_ONCE} at a time with one
 * query, which also drops those no longer wanted, and are sent outside any transaction; the ones SMTP accepted are
 * marked sent {@link SentMarks several at a time}, in one short transaction, at the latest when the sender is done
 * with its batch. Other mails are composed, sent and marked in one transaction that holds the mail's row. Either way
 * a mail is marked only after SMTP accepted it, and only while its claim still stands, so mails survive a restart;
 * if the process dies between the two, the mails accepted but not yet marked (at most
 * {@link MailSettings#sentMarksPerCommit()} per sender) go out twice, which is the price of not sending inside
 * anyone else's transaction.
 *
 * <p>An idle sender waits for mails to be queued: a trigger on {@code mails} notifies {@link #CHANNEL} when a
 * transaction that queued some commits, on whichever instance, and every sender wakes (see {@link DatabaseSignals});
 * it looks again after {@code dispatchInterval} in any case, for mails that come due later (retries, released
 * claims) and for notifications lost while the listener reconnects. Its SMTP session stays open while it waits,
 * up to {@code sessionIdleTimeout}, so that the next mail does not wait for a new connection.
 */
@Context
@Requires(property = "prism.notify.mail.dispatcher-enabled", notEquals = "false")
public class MailDispatcher {

    /** The channel the trigger on {@code mails} notifies (migration {@code V4__mail_wakeup}). */
    static final String CHANNEL = "prism_mails";
    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    /**
     * How many claimed mails of a type that {@link MailType#preparesInBatches() prepares in batches} are prepared in
     * one query just before they are sent: what they say, and whether they are still wanted, is never older than
     * the time it takes to send these few.
     */
    static final int PREPARE_AT_ONCE = 20;

    private final TransactionOperations<Connection> transactions;
    private final MailStore store;
    private final MailComposer composer;
    private final SessionProvider sessions;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final EventTracing tracing;
    private final Clock clock;
    private final Map<MailKind, MailType> types = new EnumMap<>(MailKind.class);
    private final SignalledThreads senders;
    private volatile boolean running;

    MailDispatcher(TransactionOperations<Connection> transactions, MailStore store, MailComposer composer,
                   SessionProvider sessions, MailSettings settings, MailMetrics metrics, EventTracing tracing,
                   DatabaseSignals signals, Clock clock, List<MailType> types) {
        this.transactions = transactions;
        this.store = store;
        this.composer = composer;
        this.sessions = sessions;
        this.settings = settings;
        this.metrics = metrics;
        this.tracing = tracing;
        this.senders = new SignalledThreads(signals.signal(CHANNEL), "mail-sender-", settings.senders(),
                this::sendWhileRunning);
        this.clock = clock;
        types.forEach(type -> this.types.put(type.kind(), type));
        for (MailKind kind : MailKind.values()) {
            if (!this.types.containsKey(kind)) {
                throw new IllegalStateException("No MailType for " + kind);
            }
        }
    }

    @PostConstruct
    void start() {
        running = true;
        senders.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        senders.stop();
    }

    private void sendWhileRunning(Waiter waiter) {
        SentMarks marks = new SentMarks(transactions, store, metrics, types, settings.sentMarksPerCommit(),
                settings.durableSentMarks());
        try (SmtpSession smtp = new SmtpSession(sessions.session(), settings.mailsPerSession(),
                settings.sessionIdleTimeout(), clock)) {
            while (running) {
                int sent = sendBatch(smtp, marks);
                if (sent == 0) {
                    smtp.closeIfIdle();
                    waiter.await(settings.dispatchInterval());
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims a batch of due mails and sends it. @return how many mails were claimed */
    private int sendBatch(SmtpSession smtp, SentMarks marks) {
        try {
            return sendClaimed(smtp, marks);
        } catch (RuntimeException e) {
            LOG.warn("Mail dispatch failed; the mails stay queued and are tried again", e);
            return 0;
        } finally {
            flush(marks);
        }
    }

    /** @return how many mails were claimed */
    private int sendClaimed(SmtpSession smtp, SentMarks marks) {
        Instant sendUntil = clock.instant().plus(settings.claimLease().dividedBy(2));
        List<DueMail> batch = transactions.executeWrite(status ->
                store.claimDue(settings.batchSize(), settings.claimLease()));
        int next = 0;
        while (next < batch.size()) {
            DueMail first = batch.get(next);
            if (!mayGoOn(sendUntil)) {
                release(first);
                break;
            }
            MailType type = types.get(first.kind());
            if (!type.preparesInBatches()) {
                // Marked in the transaction that holds the mail's row.
                List<AcceptedMail> marked = transactions.executeWrite(status -> {
                    List<AcceptedMail> accepted = new ArrayList<>(1);
                    if (store.lockClaimed(first)) {
                        dispatch(first, smtp, type, type.prepare(first), Runnable::run,
                                prepared -> accepted.add(new AcceptedMail(first, prepared)));
                    }
                    return marks.mark(accepted);
                });
                marks.counted(marked);
                next++;
                continue;
            }
            int end = next;
            while (end < batch.size() && end - next < PREPARE_AT_ONCE && batch.get(end).kind() == first.kind()) {
                end++;
            }
            List<DueMail> chunk = batch.subList(next, end);
            Map<Long, Optional<PreparedMail>> prepared = transactions.executeRead(status ->
                    type.prepareAll(chunk));
            for (DueMail mail : chunk) {
                if (!mayGoOn(sendUntil)) {
                    release(mail);
                    return batch.size();
                }
                dispatch(mail, smtp, type, prepared.getOrDefault(mail.id(), Optional.empty()),
                        this::inTransaction, sent -> marks.accepted(mail, sent));
                next++;
            }
        }
        return batch.size();
    }

    /** A failure to mark leaves the mails queued under their claim: they go out again when it lapses. */
    private static void flush(SentMarks marks) {
        try {
            marks.flush();
        } catch (RuntimeException e) {
            LOG.warn("Could not mark accepted mails sent; they are sent again when their claim lapses", e);
        }
    }

    private boolean mayGoOn(Instant sendUntil) {
        return running && !clock.instant().isAfter(sendUntil);
    }

    private void release(DueMail first) {
        inTransaction(() -> store.release(first));
    }

    private void inTransaction(Runnable work) {
        transactions.executeWrite(status -> {
            work.run();
            return null;
        });
    }

    /**
     * Under an SMTP span in the trace of what queued the mail, so that a story's approval and its mails are one trace.
     * {@code record} runs each write about a failure or cancellation: in a transaction of its own, or in the
     * caller's; {@code accepted} is told of a mail SMTP accepted.
     */
    private void dispatch(DueMail mail, SmtpSession smtp, MailType type, Optional<PreparedMail> prepared,
                          Consumer<Runnable> record, Consumer<PreparedMail> accepted) {
        Span span = tracing.child("smtp send", SpanKind.CLIENT, mail.trace());
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute("prism.mail.kind", mail.kind().name());
            dispatchInSpan(mail, smtp, type, prepared, record, accepted);
        } catch (RuntimeException e) {
            EventTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void dispatchInSpan(DueMail mail, SmtpSession smtp, MailType type, Optional<PreparedMail> prepared,
                                Consumer<Runnable> record, Consumer<PreparedMail> accepted) {
        if (prepared.isEmpty()) {
            record.accept(() -> {
                if (store.cancelled(mail)) {
                    type.cancelled(mail);
                    metrics.cancelled(mail.kind());
                }
            });
            return;
        }
        int attempts = mail.attempts() + 1;
        try {
            smtp.send(composer.compose(prepared.get().message()));
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            record.accept(() -> {
                if (attempts >= settings.maxAttempts()) {
                    LOG.error("Giving up on {} mail {} after {} attempts: {}", mail.kind(), mail.id(), attempts,
                            error);
                    if (store.failed(mail, attempts, error)) {
                        type.failed(mail);
                        metrics.failed(mail.kind());
                    }
                } else {
                    LOG.warn("{} mail {} failed (attempt {} of {}): {}", mail.kind(), mail.id(), attempts,
                            settings.maxAttempts(), error);
                    if (store.retryLater(mail, attempts, error, settings.retryBackoff().multipliedBy(attempts))) {
                        metrics.retried(mail.kind());
                    }
                }
            });
            return;
        }
        // Logged under the send's span, so that the story's trace shows its mails; marked sent a little later.
        LOG.debug("Sent {} mail {} (attempt {})", mail.kind(), mail.id(), attempts);
        accepted.accept(prepared.get());
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
