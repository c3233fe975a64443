package news.prism.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.email.Contact;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MIME message of a mail: its parts' encodings and the HTML beyond ASCII as character references. */
class MailComposerTest {

    private final MailComposer composer;

    MailComposerTest() throws Exception {
        composer = new MailComposer(() -> Session.getInstance(new Properties()),
                () -> new Contact("notify@prism.example", "Prism"));
    }

    @Test
    void theHtmlPartIsSevenBitWithCharacterReferencesWhileTheTextKeepsItsLetters() throws Exception {
        OutgoingMail mail = new OutgoingMail("reader@example.org", "Zürich · 📰", "Zürich · 3 outlets",
                "<p>Zürich · 3 outlets 📰</p>", Map.of("List-Unsubscribe", "<https://prism.example/u?token=t>"));

        MimeMessage message = (MimeMessage) composer.compose(mail);
        message.saveChanges();

        Multipart parts = (Multipart) message.getContent();
        MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
        MimeBodyPart html = (MimeBodyPart) parts.getBodyPart(1);
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        assertThat(html.getEncoding()).isEqualTo("7bit");
        assertThat(html.getContent()).isEqualTo("<p>Z&#252;rich &#183; 3 outlets &#128240;</p>");
        assertThat(text.getEncoding()).isEqualTo("quoted-printable");
        assertThat(text.getContent()).isEqualTo("Zürich · 3 outlets");
        assertThat(message.getSubject()).isEqualTo("Zürich · 📰");
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://prism.example/u?token=t>");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Prism <notify@prism.example>");
    }

    @Test
    void eachPartIsWrittenAsTheSameBytesAsJakartaMailsTextHandlerWritesThem() throws Exception {
        OutgoingMail mail = new OutgoingMail("reader@example.org", "Harbour", "Zürich · 3 outlets\r\n.\r\nend",
                "<p>Harbour</p>\r\n.<p>dot</p>", Map.of());

        Multipart parts = (Multipart) composer.compose(mail).getContent();

        assertThat(bytes((MimeBodyPart) parts.getBodyPart(0))).isEqualTo(bytes(textPart(mail.text(), "plain")));
        assertThat(bytes((MimeBodyPart) parts.getBodyPart(1))).isEqualTo(bytes(textPart(mail.html(), "html")));
    }

    /** A part as Jakarta Mail makes it from a string, with the encoding the composer gives it. */
    private static MimeBodyPart textPart(String content, String subtype) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", MailComposer.transferEncoding(content));
        return part;
    }

    private static byte[] bytes(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        part.writeTo(written);
        return written.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain ASCII, tabs\tand\r\nline breaks",
        "Zürich · 3 outlets",
        "Ελληνικά και русский: 東京",
        "Bell \u0007 and delete \u007f are not text",
        "x"})
    void eachPartIsGivenTheEncodingJakartaMailWouldChooseItself(String content) throws Exception {
        assertSameChoiceAsJakartaMail(content);
        assertSameChoiceAsJakartaMail(content.repeat(1 + 1000 / content.length()));
    }

    private static void assertSameChoiceAsJakartaMail(String content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", "plain");
        assertThat(MailComposer.transferEncoding(content)).as(content)
                .isEqualTo(MimeUtility.getEncoding(part.getDataHandler()));
    }

    @Test
    void htmlThatIsAsciiAlreadyIsLeftAsItIs() {
        String html = "<a href=\"https://prism.example/?a=1&amp;b=2\">Read</a>";
        assertThat(MailComposer.asciiHtml(html)).isSameAs(html);
    }
}
