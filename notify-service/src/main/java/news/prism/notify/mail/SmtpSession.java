package news.prism.notify.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One sender's SMTP connection, kept open from mail to mail and opened anew after {@code mailsPerSession} mails or
 * a failure. While its sender is idle it stays open up to {@code idleTimeout}; before the first mail after a pause
 * it is checked with a NOOP, since the server may have dropped it meanwhile. Not thread-safe: each sender has its
 * own.
 */
final class SmtpSession implements AutoCloseable {

    private final Session session;
    private final int mailsPerSession;
    private final Duration idleTimeout;
    private final Clock clock;
    private Transport transport;
    private int sentInSession;
    private Instant idleSince;

    SmtpSession(Session session, int mailsPerSession, Duration idleTimeout, Clock clock) {
        this.session = session;
        this.mailsPerSession = mailsPerSession;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** Returns once the server has accepted the message. @throws MessagingException when it did not */
    void send(Message message) throws MessagingException {
        boolean resumed = idleSince != null;
        if (transport != null && (sentInSession >= mailsPerSession || resumed && !transport.isConnected())) {
            close();
        }
        idleSince = null;
        try {
            if (transport == null) {
                transport = session.getTransport();
                transport.connect();
                sentInSession = 0;
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            sentInSession++;
        } catch (MessagingException | RuntimeException e) {
            // After a failure the session's state is unknown; the next mail starts a new one.
            close();
            throw e;
        }
    }

    /**
     * Says the sender found nothing to send: from now on the session counts as idle, and once it has been idle for
     * {@code idleTimeout} it is closed, since the server need not keep a connection for us until the next mail.
     */
    void closeIfIdle() {
        Instant now = clock.instant();
        if (idleSince == null) {
            idleSince = now;
        } else if (!now.isBefore(idleSince.plus(idleTimeout))) {
            close();
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // The server dropped the connection first; nothing is left to close.
            }
            transport = null;
        }
    }
}
