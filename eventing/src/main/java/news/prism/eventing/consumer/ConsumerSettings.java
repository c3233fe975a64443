package news.prism.eventing.consumer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.consumer.*}: the service's consumer group, how many consumer threads it runs, and how often
 * a failing event is tried before it goes to the dead-letter topic.
 */
@ConfigurationProperties("prism.consumer")
public record ConsumerSettings(
        String groupId,
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1") int threads,
        @Bindable(defaultValue = "500ms") Duration pollTimeout,
        @Bindable(defaultValue = "3") int maxAttempts,
        @Bindable(defaultValue = "200ms") Duration retryBackoff,
        @Bindable(defaultValue = "500") int maxPollRecords) {
}
