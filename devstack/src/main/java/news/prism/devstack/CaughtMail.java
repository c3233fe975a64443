package news.prism.devstack;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A message the mail catcher received, reduced to what a person reads. */
public record CaughtMail(List<String> to, String subject, String text, String listUnsubscribe) {

    public static CaughtMail of(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> address.toString().toLowerCase()).toList();
            String[] unsubscribe = message.getHeader("List-Unsubscribe");
            return new CaughtMail(to, message.getSubject(), plainText(message.getContent()),
                    unsubscribe == null ? null : unsubscribe[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    public boolean isFor(String address) {
        return to.contains(address.toLowerCase());
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    String text = plainText(nested);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }
}
