package news.prism.eventing.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.outbox.*}: how often the relay looks for unsent events even if no commit woke it, how many it
 * sends at once, and how long sent rows are kept for inspection. Whether this instance relays at all,
 * {@code prism.outbox.relay-enabled} (true unless set to false), decides whether the relay exists, so it is read by
 * the relay's {@code @Requires} and not here.
 */
@ConfigurationProperties("prism.outbox")
public record OutboxSettings(
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "7d") Duration retention) {
}
