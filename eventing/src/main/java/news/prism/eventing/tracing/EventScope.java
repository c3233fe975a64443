package news.prism.eventing.tracing;

import io.opentelemetry.context.Scope;
import news.prism.eventing.envelope.EventEnvelope;
import org.slf4j.MDC;

/**
 * While an event is handled on this thread: its trace is current (so new spans and every log line carry its trace
 * id) and its id is in the logging context as {@code event_id}.
 */
public final class EventScope implements AutoCloseable {

    public static final String EVENT_ID = "event_id";

    private final Scope trace;
    private final MDC.MDCCloseable eventId;

    private EventScope(EventEnvelope envelope) {
        this.trace = Traces.enter(envelope.traceParent());
        this.eventId = MDC.putCloseable(EVENT_ID, envelope.id());
    }

    public static EventScope enter(EventEnvelope envelope) {
        return new EventScope(envelope);
    }

    @Override
    public void close() {
        eventId.close();
        trace.close();
    }
}
