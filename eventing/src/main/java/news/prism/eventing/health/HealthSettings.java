package news.prism.eventing.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code prism.health.*}: how long a check of the broker may take before it counts as DOWN. */
@ConfigurationProperties("prism.health")
public record HealthSettings(@Bindable(defaultValue = "2s") Duration probeTimeout) {
}
