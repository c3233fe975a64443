package news.prism.benchmarks;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

/**
 * What one of notify-service's story mails says (sender, subject, text and HTML, and the transfer encoding of each
 * part), read back from the bytes an SMTP server accepted, so that the fan-out benchmark's plain client sends mails
 * of the same size and shape.
 */
record StoryMail(InternetAddress from, String subject, Part text, Part html) {

    record Part(String content, String transferEncoding) {

        static Part of(BodyPart part) throws MessagingException, IOException {
            return new Part((String) part.getContent(), ((MimeBodyPart) part).getEncoding());
        }
    }

    private static final String UTF_8 = "UTF-8";

    static StoryMail parse(byte[] accepted) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(accepted));
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        return new StoryMail((InternetAddress) message.getFrom()[0], message.getSubject(),
                Part.of(alternatives.getBodyPart(0)), Part.of(alternatives.getBodyPart(1)));
    }

    /**
     * The mail to one reader, composed as notify composes it (each part given as its UTF-8 bytes, with its transfer
     * encoding set, not worked out by Jakarta Mail), with List-Unsubscribe headers of its own.
     */
    Message to(Session session, String reader) throws MessagingException {
        String unsubscribe = "http://localhost:8084/subscriptions/unsubscribe?token=" + UUID.randomUUID();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(reader));
        message.setSubject(subject, UTF_8);
        message.setContent(new MimeMultipart("alternative", part(text, "plain"), part(html, "html")));
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private static MimeBodyPart part(Part content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(
                content.content().getBytes(StandardCharsets.UTF_8), "text/" + subtype + "; charset=" + UTF_8)));
        part.setHeader("Content-Transfer-Encoding", content.transferEncoding());
        return part;
    }
}
