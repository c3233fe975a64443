package news.prism.notify.subscription;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.subscriptions.*}: how many topics one request may name, how long a confirmation link
 * works, and how often expired links are purged.
 */
@ConfigurationProperties("prism.notify.subscriptions")
public record SubscriptionSettings(int maxTopics, Duration confirmTokenTtl, Duration tokenPurgeInterval) {
}
