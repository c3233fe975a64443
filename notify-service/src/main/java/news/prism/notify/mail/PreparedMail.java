package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import news.prism.notify.token.IssuedToken;

/**
 * A mail to send, and the token its link carries: stored (hashed) only once the mail went out. {@code about} is
 * whatever its {@link MailType} needs to record the outcome without reading it again (a story mail's delivery);
 * {@code preferences} is the token of its link to the reader's preferences page, if it has one, stored likewise.
 */
public record PreparedMail(OutgoingMail message, IssuedToken token, @Nullable Object about,
                           @Nullable IssuedToken preferences) {

    public PreparedMail(OutgoingMail message, IssuedToken token) {
        this(message, token, null, null);
    }

    public PreparedMail(OutgoingMail message, IssuedToken token, @Nullable Object about) {
        this(message, token, about, null);
    }
}
