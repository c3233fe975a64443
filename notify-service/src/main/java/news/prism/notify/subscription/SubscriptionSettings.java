package news.prism.notify.subscription;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.subscriptions.*}: how many topics one request may name, how long a confirmation link
 * works. How often expired links are purged ({@code token-purge-interval}) is read by the purge's {@code @Scheduled}.
 */
@ConfigurationProperties("prism.notify.subscriptions")
public record SubscriptionSettings(int maxTopics, Duration confirmTokenTtl) {
}
