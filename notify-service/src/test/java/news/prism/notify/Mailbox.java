package news.prism.notify;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.prism.testkit.MailServer;

/**
 * The mail the shared GreenMail server received, per recipient: other test classes in the JVM send mail too, so
 * every test uses its own addresses and looks only at those.
 */
final class Mailbox {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailServer server;

    Mailbox(MailServer server) {
        this.server = server;
    }

    List<MimeMessage> to(String address) {
        return server.receivedMessages().stream().filter(message -> isTo(message, address)).toList();
    }

    List<MimeMessage> to(String address, String subject) {
        return to(address).stream().filter(message -> subject.equals(subject(message))).toList();
    }

    /** How many mails with that subject each recipient got. */
    Map<String, Long> recipientsOf(String subject) {
        return server.receivedMessages().stream()
                .filter(message -> subject.equals(subject(message)))
                .flatMap(message -> recipients(message).stream())
                .collect(Collectors.groupingBy(address -> address, Collectors.counting()));
    }

    /** Waits for the first mail to the address with that subject. */
    MimeMessage awaitOne(String address, String subject) {
        await().atMost(WAIT).until(() -> !to(address, subject).isEmpty());
        return to(address, subject).getFirst();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? Optional.empty() : Optional.of(values[0]);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** Whether the mail's text and HTML are alternatives of one multipart/alternative part, as mail clients expect. */
    static boolean hasAlternativeParts(Part part) {
        try {
            if (part.isMimeType("multipart/alternative")) {
                Multipart parts = (Multipart) part.getContent();
                return parts.getCount() == 2 && parts.getBodyPart(0).isMimeType("text/plain")
                        && parts.getBodyPart(1).isMimeType("text/html");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (hasAlternativeParts(multipart.getBodyPart(i))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first http(s) link in the plain-text body that starts with the prefix. */
    static String link(MimeMessage message, String prefix) {
        Matcher matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            if (matcher.group().startsWith(prefix)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link starting with " + prefix + " in:\n" + text(message));
    }

    private static boolean isTo(MimeMessage message, String address) {
        return recipients(message).stream().anyMatch(address::equalsIgnoreCase);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? List.of() : Arrays.stream(recipients)
                    .filter(InternetAddress.class::isInstance)
                    .map(recipient -> ((InternetAddress) recipient).getAddress())
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = partOrNull(child, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            throw new AssertionError("No " + mimeType + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partOrNull(Part part, String mimeType) {
        try {
            return part(part, mimeType);
        } catch (AssertionError notHere) {
            return null;
        }
    }
}
