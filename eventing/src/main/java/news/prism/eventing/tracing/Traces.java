package news.prism.eventing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;
import news.prism.eventing.envelope.TraceParent;

/** Between Prism's {@link TraceParent}, which events carry, and OpenTelemetry's context, which spans and logs use. */
public final class Traces {

    private Traces() {
    }

    /** The context whose current span is the one {@code traceParent} names, as a parent for new spans. */
    public static Context contextOf(TraceParent traceParent) {
        SpanContext remote = SpanContext.createFromRemoteParent(traceParent.traceId(), traceParent.spanId(),
                TraceFlags.getSampled(), TraceState.getDefault());
        return Context.root().with(Span.wrap(remote));
    }

    /** Makes {@code traceParent} current on this thread until the scope is closed: logs carry its trace id. */
    public static Scope enter(TraceParent traceParent) {
        return contextOf(traceParent).makeCurrent();
    }

    /** The span's own traceparent; {@code otherwise} when it records nothing (OpenTelemetry switched off). */
    public static TraceParent of(Span span, Supplier<TraceParent> otherwise) {
        SpanContext context = span.getSpanContext();
        return context.isValid() ? new TraceParent(context.getTraceId(), context.getSpanId()) : otherwise.get();
    }

    /** The traceparent of whatever span is current on this thread, or a new trace when there is none. */
    public static TraceParent current() {
        return of(Span.current(), TraceParent::newTrace);
    }
}
