package news.prism.eventing.consumer;

import news.prism.eventing.envelope.EventEnvelope;
import org.apache.avro.specific.SpecificRecord;

/** An event as it reached a handler, and the envelope it came in. */
public record Delivery<T extends SpecificRecord>(T event, EventEnvelope envelope) {
}
