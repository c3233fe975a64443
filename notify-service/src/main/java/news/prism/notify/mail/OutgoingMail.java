package news.prism.notify.mail;

import java.util.Map;

/** A composed mail, ready for SMTP: a text and an HTML body, and extra headers such as List-Unsubscribe. */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {
}
