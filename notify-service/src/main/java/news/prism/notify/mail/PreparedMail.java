package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import news.prism.notify.token.IssuedToken;

/**
 * A mail to send, and the token its link carries: stored (hashed) only once the mail went out. {@code about} is
 * whatever its {@link MailType} needs to record the outcome without reading it again (a story mail's delivery).
 */
public record PreparedMail(OutgoingMail message, IssuedToken token, @Nullable Object about) {

    public PreparedMail(OutgoingMail message, IssuedToken token) {
        this(message, token, null);
    }
}
