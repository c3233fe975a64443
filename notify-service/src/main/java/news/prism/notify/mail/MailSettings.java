package news.prism.notify.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.mail.*}: how often the dispatcher looks for due mails and how many it sends per run, and
 * how often a mail is tried before it is marked FAILED, waiting {@code retryBackoff} times the attempt number
 * between tries.
 */
@ConfigurationProperties("prism.notify.mail")
public record MailSettings(
        boolean dispatcherEnabled,
        Duration dispatchInterval,
        int batchSize,
        int maxAttempts,
        Duration retryBackoff) {
}
