package news.prism.notify.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One delivery as the API lists it.
 *
 * @param id         the {@code webhook-id} header and CloudEvent id, the same on every attempt
 * @param lastStatus the HTTP status of the last attempt, absent when there was no answer
 * @param lastError  what went wrong the last time
 */
@Serdeable
public record WebhookDelivery(
        UUID id,
        String eventType,
        String storyId,
        DeliveryStatus status,
        int attempts,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        @Nullable Instant completedAt) {
}
