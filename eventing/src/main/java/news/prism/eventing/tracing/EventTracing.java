package news.prism.eventing.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.inject.Singleton;
import news.prism.eventing.envelope.TraceParent;

/**
 * The spans of an event's way through Prism: written to the outbox, published to Kafka by the relay, processed by a
 * consumer. Each is a child of the one before through the traceparent the event carries, so that a request and every
 * event it causes, in every service, make one trace.
 */
@Singleton
public class EventTracing {

    private static final String INSTRUMENTATION = "news.prism.eventing";

    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** A child of the cause's span if the event has one, else of the current span (the request's). */
    public Span outboxWrite(String topic, String eventType, @Nullable TraceParent cause) {
        return tracer.spanBuilder(topic + " write")
                .setParent(cause == null ? Context.current() : Traces.contextOf(cause))
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("prism.event.type", eventType)
                .startSpan();
    }

    public Span publish(String topic, String eventId, TraceParent written) {
        return messaging(topic + " publish", SpanKind.PRODUCER, topic, eventId, written).startSpan();
    }

    public Span process(String topic, String consumerGroup, String eventId, TraceParent received) {
        return messaging(topic + " process", SpanKind.CONSUMER, topic, eventId, received)
                .setAttribute("messaging.consumer.group.name", consumerGroup)
                .startSpan();
    }

    /** A Kafka span with OpenTelemetry's messaging attributes, continuing the event's trace. */
    private SpanBuilder messaging(String name, SpanKind kind, String topic, String eventId, TraceParent parent) {
        return tracer.spanBuilder(name)
                .setParent(Traces.contextOf(parent))
                .setSpanKind(kind)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId);
    }

    /** Marks the span as failed with the failure's message. */
    public static void failed(Span span, Throwable failure) {
        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }

    /** A span of the service's own, such as an SMTP send, continuing the trace of what caused it. */
    public Span child(String name, SpanKind kind, TraceParent cause) {
        return tracer.spanBuilder(name).setParent(Traces.contextOf(cause)).setSpanKind(kind).startSpan();
    }
}
