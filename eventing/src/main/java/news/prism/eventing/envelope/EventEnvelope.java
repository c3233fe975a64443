package news.prism.eventing.envelope;

import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Prism event with its CloudEvents attributes: {@code id} is what consumers de-duplicate on,
 * {@code type} is the Avro full name of {@code payload}.
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        Instant time,
        TraceParent traceParent,
        String key,
        SpecificRecord payload) {
}
