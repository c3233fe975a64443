package news.prism.notify.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailDecorator;
import io.micronaut.email.javamail.sender.JavaxEmailComposer;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.List;

/**
 * Turns a composed mail into a MIME message of the mail session (micronaut-email's composer; the sender address
 * is {@code micronaut.email.from.*}, which its decorators add).
 */
@Singleton
class MailComposer {

    private final List<EmailDecorator> decorators;
    private final JavaxEmailComposer composer;

    MailComposer(List<EmailDecorator> decorators, JavaxEmailComposer composer) {
        this.decorators = decorators;
        this.composer = composer;
    }

    Message compose(OutgoingMail mail) throws MessagingException {
        Email.Builder email = Email.builder()
                .to(mail.to())
                .subject(mail.subject())
                .body(mail.html(), mail.text());
        decorators.forEach(decorator -> decorator.decorate(email));
        Message message = composer.compose(email.build());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }
}
