package news.prism.eventing.consumer;

import java.util.List;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.tracing.EventScope;
import org.apache.avro.specific.SpecificRecord;

/**
 * Handles one type of event from one topic. It runs inside a database transaction that also records the
 * event id in the inbox, so a redelivered event never reaches it twice.
 */
public interface EventHandler<T extends SpecificRecord> {

    String topic();

    Class<T> eventType();

    void handle(T event, EventEnvelope envelope);

    /**
     * The events of one poll that this handler takes, in their order, new to the inbox, all in one transaction. A
     * handler that can treat them as a set (one look-up, one insert for all) overrides this; its effect must be that
     * of {@link #handle} called for each in turn. If it throws, nothing of the poll takes effect and its events are
     * handled one at a time.
     */
    default void handleAll(List<Delivery<T>> deliveries) {
        for (Delivery<T> delivery : deliveries) {
            try (EventScope ignored = EventScope.enter(delivery.envelope())) {
                handle(delivery.event(), delivery.envelope());
            }
        }
    }
}
