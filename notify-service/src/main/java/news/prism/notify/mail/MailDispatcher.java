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
import news.prism.eventing.signal.DatabaseSignals;
import news.prism.eventing.signal.Signal;
import news.prism.eventing.signal.Waiter;
import news.prism.eventing.tracing.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails that are due with {@code senders} threads, each over an SMTP session of its own that stays
 * open from mail to mail. A sender claims a batch of due mails for a lease, then composes, sends and marks each mail
 * in a transaction of its own that holds the mail's row while its claim still stands. A mail is marked only after
 * SMTP accepted it, so mails survive a restart; if the process dies between the two, that one mail goes out
 * twice, which is the price of not sending inside anyone else's transaction.
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

    private final TransactionOperations<Connection> transactions;
    private final MailStore store;
    private final MailComposer composer;
    private final SessionProvider sessions;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final EventTracing tracing;
    private final Signal queued;
    private final Clock clock;
    private final Map<MailKind, MailType> types = new EnumMap<>(MailKind.class);
    private final List<Thread> senders = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();
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
        this.queued = signals.signal(CHANNEL);
        this.clock = clock;
        types.forEach(type -> this.types.put(type.kind(), type));
        for (MailKind kind : MailKind.values()) {
            if (!this.types.containsKey(kind)) {
                throw new IllegalStateException("No MailType for " + kind);
            }
        }
    }

    @PostConstruct
    synchronized void start() {
        running = true;
        for (int i = 0; i < settings.senders(); i++) {
            Waiter waiter = queued.waiter();
            waiters.add(waiter);
            senders.add(Thread.ofPlatform().name("mail-sender-" + i).start(() -> sendWhileRunning(waiter)));
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        waiters.forEach(Waiter::stop);
        senders.forEach(Thread::interrupt);
        for (Thread sender : senders) {
            sender.join();
        }
        senders.clear();
        waiters.clear();
    }

    private void sendWhileRunning(Waiter waiter) {
        try (SmtpSession smtp = new SmtpSession(sessions.session(), settings.mailsPerSession(),
                settings.sessionIdleTimeout(), clock)) {
            while (running) {
                int sent = sendBatch(smtp);
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
    private int sendBatch(SmtpSession smtp) {
        try {
            Instant sendUntil = clock.instant().plus(settings.claimLease().dividedBy(2));
            List<DueMail> batch = transactions.executeWrite(status ->
                    store.claimDue(settings.batchSize(), settings.claimLease()));
            for (DueMail mail : batch) {
                if (!running || clock.instant().isAfter(sendUntil)) {
                    transactions.executeWrite(status -> {
                        store.release(mail);
                        return null;
                    });
                    break;
                }
                transactions.executeWrite(status -> {
                    if (store.lockClaimed(mail)) {
                        dispatch(mail, smtp);
                    }
                    return null;
                });
            }
            return batch.size();
        } catch (RuntimeException e) {
            LOG.warn("Mail dispatch failed; the mails stay queued and are tried again", e);
            return 0;
        }
    }

    /** Under an SMTP span in the trace of what queued the mail, so that a story's approval and its mails are one trace. */
    private void dispatch(DueMail mail, SmtpSession smtp) {
        Span span = tracing.child("smtp send", SpanKind.CLIENT, mail.trace());
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute("prism.mail.kind", mail.kind().name());
            dispatchInSpan(mail, smtp);
        } catch (RuntimeException e) {
            EventTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void dispatchInSpan(DueMail mail, SmtpSession smtp) {
        MailType type = types.get(mail.kind());
        Optional<PreparedMail> prepared = type.prepare(mail);
        if (prepared.isEmpty()) {
            store.cancelled(mail.id());
            type.cancelled(mail);
            metrics.cancelled(mail.kind());
            return;
        }
        int attempts = mail.attempts() + 1;
        try {
            smtp.send(composer.compose(prepared.get().message()));
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            if (attempts >= settings.maxAttempts()) {
                LOG.error("Giving up on {} mail {} after {} attempts: {}", mail.kind(), mail.id(), attempts, error);
                store.failed(mail.id(), attempts, error);
                type.failed(mail);
                metrics.failed(mail.kind());
            } else {
                LOG.warn("{} mail {} failed (attempt {} of {}): {}", mail.kind(), mail.id(), attempts,
                        settings.maxAttempts(), error);
                store.retryLater(mail.id(), attempts, error, settings.retryBackoff().multipliedBy(attempts));
                metrics.retried(mail.kind());
            }
            return;
        }
        store.sent(mail.id(), attempts);
        type.sent(mail, prepared.get());
        metrics.sent(mail.kind());
        LOG.debug("Sent {} mail {} (attempt {})", mail.kind(), mail.id(), attempts);
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
