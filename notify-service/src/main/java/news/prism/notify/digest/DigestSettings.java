package news.prism.notify.digest;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.digests.*}: how often the scheduler looks for digest periods that have ended
 * ({@code interval}, read by its {@code @Scheduled}) and how many subscriptions it reads at a time.
 */
@ConfigurationProperties("prism.notify.digests")
public record DigestSettings(Duration interval, int batchSize) {
}
