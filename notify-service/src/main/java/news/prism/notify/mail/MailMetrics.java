package news.prism.notify.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Singleton;
import news.prism.eventing.metrics.DatabaseGauges;

/**
 * The mail queue's depth (queued, and queued and due now) and what the dispatcher did with each mail it took: sent,
 * retried later, failed for good, or cancelled (the subscriber left first), by kind of mail. Mails sent per second is
 * the rate of {@code prism_notify_mails_total{outcome="sent"}}.
 */
@Singleton
public class MailMetrics {

    private final MeterRegistry registry;

    public MailMetrics(MeterRegistry registry, DatabaseGauges gauges) {
        this.registry = registry;
        gauges.register("prism.notify.mail.queue", "Mails waiting in the queue", null,
                "SELECT count(*) FROM mails WHERE status = 'PENDING'", Tags.of("status", "queued"));
        gauges.register("prism.notify.mail.queue", "Mails waiting in the queue", null,
                "SELECT count(*) FROM mails WHERE status = 'PENDING' AND next_attempt_at <= now()",
                Tags.of("status", "due"));
        for (MailKind kind : MailKind.values()) {
            for (String outcome : new String[] {"sent", "retried", "failed", "cancelled"}) {
                counter(kind, outcome);
            }
        }
    }

    void sent(MailKind kind) {
        counter(kind, "sent").increment();
    }

    void retried(MailKind kind) {
        counter(kind, "retried").increment();
    }

    void failed(MailKind kind) {
        counter(kind, "failed").increment();
    }

    void cancelled(MailKind kind) {
        counter(kind, "cancelled").increment();
    }

    private Counter counter(MailKind kind, String outcome) {
        return registry.counter("prism.notify.mails", "kind", kind.name().toLowerCase(), "outcome", outcome);
    }
}
