package news.prism.notify.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * One sender's SMTP connection, kept open from mail to mail and opened anew after {@code mailsPerSession} mails or
 * a failure. Not thread-safe: each sender has its own.
 */
final class SmtpSession implements AutoCloseable {

    private final Session session;
    private final int mailsPerSession;
    private Transport transport;
    private int sentInSession;

    SmtpSession(Session session, int mailsPerSession) {
        this.session = session;
        this.mailsPerSession = mailsPerSession;
    }

    /** Returns once the server has accepted the message. @throws MessagingException when it did not */
    void send(Message message) throws MessagingException {
        if (transport != null && sentInSession >= mailsPerSession) {
            close();
        }
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
