package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import news.prism.eventing.envelope.TraceParent;

/**
 * A queued mail a sender has claimed ({@code claim} names that claim); {@code deliveryId} is set for story mails;
 * {@code trace} is the trace of what caused it (a mail queued before traces were kept starts a new one).
 */
public record DueMail(long id, MailKind kind, UUID subscriberId, @Nullable UUID deliveryId, int attempts,
                      TraceParent trace, UUID claim) {
}
