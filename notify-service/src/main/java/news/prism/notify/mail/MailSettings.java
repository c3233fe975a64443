package news.prism.notify.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.notify.mail.*}: {@code senders} threads each keep an SMTP session open for up to
 * {@code mailsPerSession} mails, claim up to {@code batchSize} due mails at a time for {@code claimLease}, and look
 * again after {@code dispatchInterval} when none was due unless mails queued meanwhile woke them; an idle sender keeps
 * its session open for {@code sessionIdleTimeout} (connecting anew costs more than the mail). A mail is tried
 * {@code maxAttempts} times before it is marked FAILED, waiting {@code retryBackoff} times the attempt number between
 * tries.
 *
 * <p>Story mails that the SMTP server accepted are marked sent {@code sentMarksPerCommit} at a time, in one
 * transaction (and at the latest when their sender is done with its batch): one commit, one audit write and one
 * wake-up of the outbox relay for many mails rather than for each. The price: if the process dies after the server
 * accepted a mail and before its mark committed, the mail is sent again once its claim lapses, so a crash can repeat
 * up to {@code sentMarksPerCommit} mails per sender thread ({@code senders} × {@code sentMarksPerCommit} per
 * instance); 1 restores one mark per mail. Each reader still has one delivery and one mail row per story: only the
 * SMTP send can repeat. With {@code durableSentMarks} (the default) the marks' commit waits for the database's disk
 * before the sender goes on; without it, it is committed without that wait, and a crash of the database server
 * itself could make the last mails repeat. Whether
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
        boolean durableSentMarks,
        int sentMarksPerCommit) {
}
