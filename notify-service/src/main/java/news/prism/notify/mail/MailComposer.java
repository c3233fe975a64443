package news.prism.notify.mail;

import io.micronaut.email.Contact;
import io.micronaut.email.configuration.FromConfiguration;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
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
 * the receiving server would otherwise encode and decode for every mail. A part that needs it (a line over 998
 * characters, or the plain text's non-ASCII letters) still goes quoted-printable, by Jakarta Mail's own rule.
 *
 * <p>Each part is given its Content-Transfer-Encoding here, as {@link #transferEncoding} chooses it, so that Jakarta
 * Mail does not work it out by writing the whole part through its byte-by-byte checking stream first: profiled over a
 * story's fan-out, that check was about a quarter of a sender's CPU time.
 *
 * <p>Each part's content is given as its UTF-8 bytes rather than as a string: Jakarta Mail's handler for text
 * writes a string through a stream that passes it on one byte at a time, down to the SMTP connection's own stream;
 * profiled over a story's fan-out, that was four tenths of a sender's CPU time. Bytes are copied in blocks, and the
 * bytes sent are the same.
 */
@Singleton
class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int ASCII_END = 0x80;
    private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";
    /** RFC 5322's limit of 1,000 bytes a line, less its CRLF. */
    private static final int MAX_LINE_BYTES = 998;
    private static final int DELETE = 0x7f;
    private static final int SPACE = 0x20;

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
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8),
                "text/" + subtype + "; charset=" + UTF_8)));
        part.setHeader(TRANSFER_ENCODING, transferEncoding(content));
        return part;
    }

    /**
     * The encoding Jakarta Mail's {@code MimeUtility.getEncoding} chooses for a text part of this content in UTF-8,
     * by the same rule: 7bit when every byte is printable ASCII (or CR, LF, tab) in lines of at most 998 bytes;
     * otherwise quoted-printable when such bytes are the majority, base64 when they are not.
     */
    static String transferEncoding(String content) {
        int ascii = 0;
        int other = 0;
        int line = 0;
        boolean longLine = false;
        for (byte value : content.getBytes(StandardCharsets.UTF_8)) {
            int b = value & 0xff;
            if (b == '\r' || b == '\n') {
                line = 0;
            } else if (++line > MAX_LINE_BYTES) {
                longLine = true;
            }
            if (b >= DELETE || (b < SPACE && b != '\r' && b != '\n' && b != '\t')) {
                other++;
            } else {
                ascii++;
            }
        }
        if (other == 0) {
            return longLine ? "quoted-printable" : "7bit";
        }
        return ascii > other ? "quoted-printable" : "base64";
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
