package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** A queued mail the dispatcher has claimed; {@code deliveryId} is set for story mails. */
public record DueMail(long id, MailKind kind, UUID subscriberId, @Nullable UUID deliveryId, int attempts) {
}
