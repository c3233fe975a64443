package news.prism.eventing.signal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.signals.*}: how long the listener waits for a notification before it looks for new channels and
 * whether it is stopping, and how long it waits before listening again after its connection failed (the waiters fall
 * back on their own intervals meanwhile).
 */
@ConfigurationProperties("prism.signals")
public record SignalSettings(
        @Bindable(defaultValue = "200ms") Duration slice,
        @Bindable(defaultValue = "1s") Duration reconnectBackoff) {
}
