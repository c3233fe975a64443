package news.prism.notify.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.prism.eventing.tracing.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails that are due, each in its own transaction that holds the mail's row
 * ({@code FOR UPDATE SKIP LOCKED}) while it is composed, sent and marked. A mail is marked only after SMTP accepted
 * it, so mails survive a restart; if the process dies between the two, that one mail goes out twice, which is
 * the price of not sending inside anyone else's transaction.
 */
@Singleton
@Requires(property = "prism.notify.mail.dispatcher-enabled", notEquals = "false")
public class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final TransactionOperations<Connection> transactions;
    private final MailStore store;
    private final MailSender sender;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final EventTracing tracing;
    private final Map<MailKind, MailType> types = new EnumMap<>(MailKind.class);

    MailDispatcher(TransactionOperations<Connection> transactions, MailStore store, MailSender sender,
                   MailSettings settings, MailMetrics metrics, EventTracing tracing, List<MailType> types) {
        this.transactions = transactions;
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.metrics = metrics;
        this.tracing = tracing;
        types.forEach(type -> this.types.put(type.kind(), type));
        for (MailKind kind : MailKind.values()) {
            if (!this.types.containsKey(kind)) {
                throw new IllegalStateException("No MailType for " + kind);
            }
        }
    }

    @Scheduled(fixedDelay = "${prism.notify.mail.dispatch-interval}",
            initialDelay = "${prism.notify.mail.dispatch-interval}")
    synchronized void dispatchDue() {
        try {
            int dispatched = 0;
            while (dispatched < settings.batchSize() && dispatchNext()) {
                dispatched++;
            }
        } catch (RuntimeException e) {
            LOG.warn("Mail dispatch failed; the mail stays queued and is tried again", e);
        }
    }

    /** Sends (or settles) the next due mail. @return false when none was due */
    public synchronized boolean dispatchNext() {
        return transactions.executeWrite(status -> {
            Optional<DueMail> due = store.claimNextDue();
            due.ifPresent(this::dispatch);
            return due.isPresent();
        });
    }

    /** Under an SMTP span in the trace of what queued the mail, so that a story's approval and its mails are one trace. */
    private void dispatch(DueMail mail) {
        Span span = tracing.child("smtp send", SpanKind.CLIENT, mail.trace());
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute("prism.mail.kind", mail.kind().name());
            dispatchInSpan(mail);
        } catch (RuntimeException e) {
            EventTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void dispatchInSpan(DueMail mail) {
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
            sender.send(prepared.get().message());
        } catch (RuntimeException e) {
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
        LOG.info("Sent {} mail {} (attempt {})", mail.kind(), mail.id(), attempts);
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
