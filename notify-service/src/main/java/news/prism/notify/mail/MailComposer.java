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
 * over a story's fan-out, that was about a quarter of a sender's CPU time. Both parts are quoted-printable, named
 * up front, so that Jakarta Mail does not read each part once more to choose an encoding.
 */
@Singleton
class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String QUOTED_PRINTABLE = "quoted-printable";

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
        message.setContent(new MimeMultipart("alternative", part(mail.text(), "plain"), part(mail.html(), "html")));
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        part.setHeader("Content-Transfer-Encoding", QUOTED_PRINTABLE);
        return part;
    }
}
