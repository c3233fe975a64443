package news.prism.eventing.health;

import io.micronaut.context.annotation.Requires;
import news.prism.eventing.consumer.ConsumerStatus;
import news.prism.eventing.consumer.EventConsumers;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Readiness: DOWN while any of the service's consumer threads is not subscribed and polling (starting, or restarting
 * after its session failed), with each thread's state, restarts and last failure as details.
 */
@Singleton
@Requires(bean = EventConsumers.class)
public class ConsumersReadiness implements HealthIndicator {



    private final EventConsumers consumers;

    public ConsumersReadiness(EventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allRunning = true;
        for (ConsumerStatus status : consumers.statuses()) {
            allRunning &= status.isRunning();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", status.state().name());
            detail.put("restarts", status.restarts());
            if (status.lastFailure() != null) {
                detail.put("lastFailure", status.lastFailure());
            }
            details.put(status.clientId(), detail);
        }
        return Publishers.just(HealthResult.builder("consumers", allRunning ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
