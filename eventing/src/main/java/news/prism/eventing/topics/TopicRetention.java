package news.prism.eventing.topics;

import io.micronaut.core.convert.ConversionService;
import java.time.Duration;

/** A topic's {@code retention} setting as Kafka's {@code retention.ms}: -1 for {@code forever}. */
final class TopicRetention {

    private TopicRetention() {
    }

    static String toRetentionMs(String topic, String retention) {
        if (DeclaredTopic.FOREVER.equalsIgnoreCase(retention.strip())) {
            return "-1";
        }
        Duration duration = ConversionService.SHARED.convert(retention.strip(), Duration.class)
                .filter(d -> !d.isNegative() && !d.isZero())
                .orElseThrow(() -> new IllegalStateException("prism.kafka.topics: the retention of " + topic
                        + " must be 'forever' or a positive duration such as 7d, not '" + retention + "'"));
        return Long.toString(duration.toMillis());
    }
}
