package news.prism.eventing.envelope;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A W3C Trace Context {@code traceparent}: version 00, trace id, parent span id, sampled flag. */
public record TraceParent(String traceId, String spanId) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TraceParent newTrace() {
        return new TraceParent(randomHex(16), randomHex(8));
    }

    /** A new span in the same trace, for an event caused by this one. */
    public TraceParent child() {
        return new TraceParent(traceId, randomHex(8));
    }

    /** Parses a header value; a missing or malformed one starts a new trace rather than failing the event. */
    public static TraceParent parseOrNew(String header) {
        if (header != null) {
            var matcher = FORMAT.matcher(header);
            if (matcher.matches()) {
                return new TraceParent(matcher.group(1), matcher.group(2));
            }
        }
        return newTrace();
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
