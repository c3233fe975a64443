package news.prism.notify.mail;

import news.prism.notify.token.IssuedToken;

/** A mail to send, and the token its link carries: stored (hashed) only once the mail went out. */
public record PreparedMail(OutgoingMail message, IssuedToken token) {
}
