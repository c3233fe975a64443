package news.prism.notify.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.mail.*}: {@code senders} threads each keep an SMTP session open for up to
 * {@code mailsPerSession} mails, claim up to {@code batchSize} due mails at a time for {@code claimLease}, and look
 * again after {@code dispatchInterval} when none was due unless mails queued meanwhile woke them; an idle sender keeps
 * its session open for {@code sessionIdleTimeout} (connecting anew costs more than the mail). A mail is tried
 * {@code maxAttempts} times before it is marked FAILED, waiting {@code retryBackoff} times the attempt number between tries. With {@code durableSentMarks}
 * (the default) a mail's "sent" mark waits for the database's disk before the next mail goes out; without it, it is
 * committed without that wait, and a crash of the database server itself could make the last mails repeat. Whether
 * this instance sends at all ({@code dispatcher-enabled}) is read by {@link MailDispatcher}'s {@code @Requires}.
 */
@ConfigurationProperties("prism.notify.mail")
public record MailSettings(
        Duration dispatchInterval,
        int senders,
        int batchSize,
        int mailsPerSession,
        Duration sessionIdleTimeout,
        Duration claimLease,
        int maxAttempts,
        Duration retryBackoff,
        boolean durableSentMarks) {
}
