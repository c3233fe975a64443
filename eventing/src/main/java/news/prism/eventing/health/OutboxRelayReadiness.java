package news.prism.eventing.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import news.prism.eventing.outbox.OutboxRelay;
import org.reactivestreams.Publisher;

/**
 * Readiness: DOWN while the outbox relay cannot reach the broker, whether its last send failed or the broker does not
 * answer now (an idle relay has nothing to send that would tell).
 */
@Singleton
@Requires(bean = OutboxRelay.class)
public class OutboxRelayReadiness implements HealthIndicator {

    private final OutboxRelay relay;
    private final BrokerProbe broker;

    public OutboxRelayReadiness(OutboxRelay relay, BrokerProbe broker) {
        this.relay = relay;
        this.broker = broker;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean reachable = broker.isReachable();
        String lastFailure = relay.lastFailure();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("brokerReachable", reachable);
        if (lastFailure != null) {
            details.put("lastFailure", lastFailure);
        }
        return Publishers.just(HealthResult.builder("outbox-relay",
                reachable && lastFailure == null ? HealthStatus.UP : HealthStatus.DOWN).details(details).build());
    }
}
