package news.prism.notify.mail;

import io.micronaut.email.Contact;
import io.micronaut.email.configuration.FromConfiguration;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a composed mail into a MIME message of the mail session: multipart/alternative of its text and its HTML
 * part, from {@code micronaut.email.from.*}. Built with Jakarta Mail directly rather than through micronaut-email's
 * composer, which validated every mail in its decorators and nested the two parts in two more multiparts: profiled
 * over a story's fan-out, that was about a quarter of a sender's CPU time.
 *
 * <p>The HTML part carries every character beyond ASCII as a numeric character reference ({@code &#183;}), which
 * means the same to a mail client: the part is then plain 7bit text that Jakarta Mail sends as it is, rather than
 * quoted-printable (every {@code =} of the inline styles tripled, lines broken at 76), which both this service and
 * the receiving server would otherwise encode and decode for every mail. Jakarta Mail still chooses
 * quoted-printable for a part that needs it (a line over 998 characters, or the plain text's non-ASCII letters).
 */
@Singleton
class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int ASCII_END = 0x80;

    private final Session session;
    private final InternetAddress from;

    MailComposer(SessionProvider sessions, FromConfiguration from) throws UnsupportedEncodingException {
        this.session = sessions.session();
        Contact sender = from.getFrom();
        this.from = new InternetAddress(sender.getEmail(), sender.getName(), UTF_8);
    }

    Message compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), UTF_8);
        message.setContent(new MimeMultipart("alternative", part(mail.text(), "plain"),
                part(asciiHtml(mail.html()), "html")));
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    /** The HTML with each character beyond ASCII written as its numeric character reference. */
    static String asciiHtml(String html) {
        if (html.chars().allMatch(c -> c < ASCII_END)) {
            return html;
        }
        StringBuilder ascii = new StringBuilder(html.length() + 64);
        html.codePoints().forEach(c -> {
            if (c < ASCII_END) {
                ascii.append((char) c);
            } else {
                ascii.append("&#").append(c).append(';');
            }
        });
        return ascii.toString();
    }
}
