package news.prism.eventing.health;

import io.micronaut.context.annotation.Requires;
import news.prism.eventing.consumer.ConsumerStatus;
import news.prism.eventing.consumer.EventConsumers;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Liveness: DOWN only when a consumer thread is wedged, not back to poll for longer than
 * {@code prism.consumer.stall-timeout}. A consumer waiting for its database or broker still polls, so an outage
 * elsewhere never gets the process restarted.
 */
@Singleton
@Liveness
@Requires(bean = EventConsumers.class)
public class ConsumersLiveness implements HealthIndicator {

    private final EventConsumers consumers;

    public ConsumersLiveness(EventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<String> stalled = consumers.statuses().stream()
                .filter(status -> status.isStalled(consumers.settings().stallTimeout()))
                .map(ConsumerStatus::clientId).toList();
        return Publishers.just(HealthResult.builder("consumers-polling",
                stalled.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN).details(Map.of("stalled", stalled))
                .build());
    }
}
