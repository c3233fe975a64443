package news.prism.notify.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * Sends a composed mail over SMTP (Jakarta Mail through micronaut-email; the sender address is
 * {@code micronaut.email.from.*}).
 */
@Singleton
class MailSender {

    private final EmailSender<Message, Void> emailSender;

    MailSender(EmailSender<Message, Void> emailSender) {
        this.emailSender = emailSender;
    }

    /** @throws io.micronaut.email.EmailException (or another runtime exception) when SMTP did not take the mail */
    void send(OutgoingMail mail) {
        emailSender.send(Email.builder()
                .to(mail.to())
                .subject(mail.subject())
                .body(mail.html(), mail.text()), message -> mail.headers().forEach((name, value) -> {
                    try {
                        message.setHeader(name, value);
                    } catch (MessagingException e) {
                        throw new IllegalArgumentException("Header " + name + " refused", e);
                    }
                }));
    }
}
