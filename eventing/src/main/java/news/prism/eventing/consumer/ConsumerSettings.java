package news.prism.eventing.consumer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.consumer.*}: the service's consumer group and how many consumer threads it runs; how long Kafka waits
 * for a consumer's next poll before it counts as gone (the consumer keeps polling while it handles); how often an event
 * that fails on a healthy system is tried before it goes to the dead-letter topic; how long a consumer waits between
 * tries while a dependency (database, broker) is away, and between restarts after its session failed; how long
 * without a poll counts as wedged; and how long it waits for the database to answer before a failure counts as
 * the database being away. Whether this instance consumes at all, {@code prism.consumer.enabled} (true unless set to
 * false), decides whether the consumers exist, so it is read by their {@code @Requires} and not here.
 */
@ConfigurationProperties("prism.consumer")
public record ConsumerSettings(
        String groupId,
        @Bindable(defaultValue = "1") int threads,
        @Bindable(defaultValue = "500ms") Duration pollTimeout,
        @Bindable(defaultValue = "3") int maxAttempts,
        @Bindable(defaultValue = "200ms") Duration retryBackoff,
        @Bindable(defaultValue = "500") int maxPollRecords,
        @Bindable(defaultValue = "5m") Duration maxPollInterval,
        @Bindable(defaultValue = "30s") Duration maxRetryBackoff,
        @Bindable(defaultValue = "1s") Duration restartBackoff,
        @Bindable(defaultValue = "30s") Duration maxRestartBackoff,
        @Bindable(defaultValue = "5m") Duration stallTimeout,
        @Bindable(defaultValue = "2s") Duration databaseProbeTimeout) {
}
