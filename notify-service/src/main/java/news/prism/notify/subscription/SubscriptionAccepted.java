package news.prism.notify.subscription;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The answer to a subscribe request: {@code PENDING} while a confirmation mail is on its way, {@code ACTIVE}
 * when every requested topic was already confirmed.
 */
@Serdeable
public record SubscriptionAccepted(UUID id, SubscriberStatus status) {
}
