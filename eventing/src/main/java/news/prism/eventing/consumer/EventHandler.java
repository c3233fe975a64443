package news.prism.eventing.consumer;

import news.prism.eventing.envelope.EventEnvelope;
import org.apache.avro.specific.SpecificRecord;

/**
 * Handles one type of event from one topic. It runs inside a database transaction that also records the
 * event id in the inbox, so a redelivered event never reaches it twice.
 */
public interface EventHandler<T extends SpecificRecord> {

    String topic();

    Class<T> eventType();

    void handle(T event, EventEnvelope envelope);
}
