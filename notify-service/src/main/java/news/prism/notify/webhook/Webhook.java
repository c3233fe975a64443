package news.prism.notify.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook as the API shows it; never its secrets.
 *
 * @param topics                   topic slugs; empty for every topic
 * @param eventTypes               wire names, e.g. {@code story.published}
 * @param disabledReason           why the service disabled it, while it is DISABLED
 * @param previousSecretValidUntil after a rotation, until when the previous secret still signs
 */
@Serdeable
public record Webhook(
        UUID id,
        String url,
        List<String> topics,
        List<String> eventTypes,
        WebhookStatus status,
        @Nullable String disabledReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant previousSecretValidUntil) {
}
