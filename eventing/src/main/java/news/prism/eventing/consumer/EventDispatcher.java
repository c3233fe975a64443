package news.prism.eventing.consumer;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.inbox.Inbox;
import org.apache.avro.specific.SpecificRecord;

/** Finds the handler for an event and runs it once per event id, in one transaction with the inbox claim. */
@Singleton
public class EventDispatcher {

    private final Map<String, EventHandler<?>> handlersByTopicAndType = new HashMap<>();
    private final TransactionOperations<Connection> transactions;
    private final Inbox inbox;

    public EventDispatcher(List<EventHandler<?>> handlers, TransactionOperations<Connection> transactions, Inbox inbox) {
        this.transactions = transactions;
        this.inbox = inbox;
        for (EventHandler<?> handler : handlers) {
            String route = route(handler.topic(), handler.eventType().getName());
            if (handlersByTopicAndType.put(route, handler) != null) {
                throw new IllegalStateException("Two handlers for " + route);
            }
        }
    }

    public Set<String> topics() {
        return handlersByTopicAndType.values().stream().map(EventHandler::topic).collect(Collectors.toSet());
    }

    /**
     * @return false when this service has no handler for the event's type on that topic (the event is
     *         someone else's business and is skipped), true when it was handled or had been handled before
     */
    public boolean dispatch(String topic, String consumerGroup, EventEnvelope envelope) {
        EventHandler<?> handler = handlerFor(topic, envelope);
        if (handler == null) {
            return false;
        }
        transactions.executeWrite(status -> {
            if (inbox.claim(consumerGroup, envelope.id(), envelope.type())) {
                invoke(handler, envelope);
            }
            return null;
        });
        return true;
    }

    /** An event and the topic it came from. */
    public record Routed(String topic, EventEnvelope envelope) {
    }

    /**
     * Handles the events in order, in one transaction: all of them take effect, or none. Their ids are claimed in
     * one statement, and each run of consecutive events for the same handler reaches it as one list.
     */
    public void dispatchAll(List<Routed> events, String consumerGroup) {
        Map<EventEnvelope, EventHandler<?>> handlers = new IdentityHashMap<>();
        for (Routed event : events) {
            EventHandler<?> handler = handlerFor(event.topic(), event.envelope());
            if (handler != null) {
                handlers.put(event.envelope(), handler);
            }
        }
        transactions.executeWrite(status -> {
            List<EventEnvelope> fresh = inbox.claimAll(consumerGroup, events.stream().map(Routed::envelope)
                    .filter(handlers::containsKey).toList());
            int start = 0;
            for (int end = 1; end <= fresh.size(); end++) {
                if (end == fresh.size() || handlers.get(fresh.get(end)) != handlers.get(fresh.get(start))) {
                    invokeAll(handlers.get(fresh.get(start)), fresh.subList(start, end));
                    start = end;
                }
            }
            return null;
        });
    }

    private EventHandler<?> handlerFor(String topic, EventEnvelope envelope) {
        return handlersByTopicAndType.get(route(topic, envelope.payload().getClass().getName()));
    }

    private static <T extends SpecificRecord> void invoke(EventHandler<T> handler, EventEnvelope envelope) {
        handler.handle(handler.eventType().cast(envelope.payload()), envelope);
    }

    private static <T extends SpecificRecord> void invokeAll(EventHandler<T> handler, List<EventEnvelope> envelopes) {
        handler.handleAll(envelopes.stream()
                .map(envelope -> new Delivery<>(handler.eventType().cast(envelope.payload()), envelope))
                .toList());
    }

    private static String route(String topic, String type) {
        return topic + "|" + type;
    }
}
