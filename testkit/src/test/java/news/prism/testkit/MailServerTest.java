package news.prism.testkit;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailServerTest {

    private static MailServer mail;

    @BeforeAll
    static void startMail() {
        mail = new MailServer(0).start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    @Test
    void aSentMessageIsReceivedWithItsSubject() throws Exception {
        mail.reset();
        send("Your explainer is live");

        assertThat(mail.waitForMessages(1, Duration.ofSeconds(10))).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your explainer is live");
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("reader@prism.test");
        });

        mail.reset();
        assertThat(mail.receivedMessages()).isEmpty();
    }

    @Test
    void waitingForMissingMessagesFails() {
        mail.reset();
        assertThatThrownBy(() -> mail.waitForMessages(1, Duration.ofMillis(200)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("got 0");
    }

    @Test
    void aFreePortIsPicked() {
        assertThat(mail.smtpPort()).isPositive().isNotEqualTo(25);
    }

    private static void send(String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("newsroom@prism.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader@prism.test"));
        message.setSubject(subject);
        message.setText("It explains things.");
        Transport.send(message);
    }
}
