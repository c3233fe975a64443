package news.prism.eventing.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header names of the CloudEvents Kafka protocol binding, binary content mode, plus W3C trace context. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_VALUE = "1.0";
    /** Avro single-object encoding: the value names its writer schema by fingerprint. */
    public static final String AVRO_CONTENT_TYPE = "application/avro";

    private CloudEventHeaders() {
    }

    public static void write(Headers headers, String id, String type, String source, Instant time, TraceParent trace) {
        put(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        put(headers, TIME, time.toString());
        put(headers, CONTENT_TYPE, AVRO_CONTENT_TYPE);
        put(headers, TRACEPARENT, trace.toString());
    }

    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
