package news.prism.notify.delivery;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import news.prism.eventing.outbox.Outbox;
import news.prism.eventing.tracing.Traces;
import news.prism.events.DeliveryChannel;
import news.prism.events.DeliveryRecorded;
import news.prism.events.DeliveryStatus;
import news.prism.notify.NotifyTopics;
import news.prism.notify.delivery.DeliveryStore.Outcome;
import news.prism.notify.page.Page;

/**
 * What subscribers are owed and what became of it. The audit event {@code DeliveryRecorded} goes to the outbox in
 * the transaction that settles a delivery as sent or failed, since that is what the event reports.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class Deliveries {

    private final DeliveryStore store;
    private final Outbox outbox;
    private final String auditTopic;
    private final DeliverySettings settings;
    private final Clock clock;

    public Deliveries(DeliveryStore store, Outbox outbox, NotifyTopics topics, DeliverySettings settings,
                      Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.auditTopic = topics.deliveries();
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One e-mail delivery, and its queued mail, per active subscriber of the page's topic not mailed about it yet,
     * in the trace of the event that published the page; a large fan-out {@link DeliverySettings refreshes the
     * statistics} its senders' queries are planned by.
     */
    public void recordForSubscribersOf(Page page) {
        int recorded = store.recordForActiveSubscribers(page, DeliveryChannel.EMAIL, Traces.current().toString());
        if (recorded >= settings.analyzeFrom()) {
            store.analyze();
        }
    }

    /**
     * Several deliveries sent (their mails' tokens are stored by the caller), settled in one statement and audited
     * in one round trip.
     */
    public void sentAll(List<Delivery> sent) {
        store.completeAll(sent.stream().map(Delivery::id).toList(), Outcome.SENT);
        outbox.addAll(sent.stream().map(delivery -> new Outbox.Entry(auditTopic, delivery.storyId(),
                recorded(delivery, DeliveryStatus.SENT), null)).toList());
    }

    public void failed(Delivery delivery) {
        settle(delivery, Outcome.FAILED, DeliveryStatus.FAILED);
    }

    /** Nothing was sent (the reader unsubscribed or the page was withdrawn), so there is nothing to audit. */
    public void cancelled(Delivery delivery) {
        store.complete(delivery.id(), Outcome.CANCELLED);
    }

    private void settle(Delivery delivery, Outcome outcome, DeliveryStatus status) {
        store.complete(delivery.id(), outcome);
        audit(delivery, status);
    }

    private void audit(Delivery delivery, DeliveryStatus status) {
        outbox.add(auditTopic, delivery.storyId(), recorded(delivery, status));
    }

    private DeliveryRecorded recorded(Delivery delivery, DeliveryStatus status) {
        return DeliveryRecorded.newBuilder()
                .setDeliveryId(delivery.id().toString())
                .setStoryId(delivery.storyId())
                .setVersion(delivery.version())
                .setChannel(delivery.channel())
                .setRecipient(delivery.subscriberId().toString())
                .setStatus(status)
                .setRecordedAt(clock.instant())
                .build();
    }
}
