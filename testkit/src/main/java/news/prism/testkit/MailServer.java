package news.prism.testkit;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;

/** A GreenMail SMTP server on the loopback address that keeps every message it receives. */
public final class MailServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final int requestedPort;
    private GreenMail greenMail;

    /** Port 0 picks a free port. */
    public MailServer(int port) {
        this.requestedPort = port;
    }

    public synchronized MailServer start() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(requestedPort, HOST, ServerSetup.PROTOCOL_SMTP);
            greenMail = new GreenMail(requestedPort == 0 ? smtp.dynamicPort() : smtp);
            greenMail.start();
        }
        return this;
    }

    public String smtpHost() {
        return HOST;
    }

    public synchronized int smtpPort() {
        return running().getSmtp().getPort();
    }

    public List<MimeMessage> receivedMessages() {
        return List.of(running().getReceivedMessages());
    }

    /**
     * Waits until at least {@code count} messages have arrived since the last {@link #reset()}.
     *
     * @return all messages received so far
     * @throws IllegalStateException if they did not arrive in time
     */
    public List<MimeMessage> waitForMessages(int count, Duration timeout) {
        if (!running().waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new IllegalStateException("Expected " + count + " mail message(s) within " + timeout + ", got "
                    + receivedMessages().size());
        }
        return receivedMessages();
    }

    /** Forgets every received message; the server keeps running on the same port. */
    public void reset() {
        try {
            running().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge received mail", e);
        }
    }

    @Override
    public synchronized void close() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    private synchronized GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("The mail server is not running");
        }
        return greenMail;
    }
}
