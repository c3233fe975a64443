package news.prism.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server on the loopback address that reads every mail to its end, counts it and keeps only the last. The
 * fan-out benchmark measures the senders, so the server must not slow down as recipients add up, as one that keeps a
 * mailbox per recipient does.
 */
final class MailSink implements AutoCloseable {

    private final Counter counter = new Counter();
    private final SMTPServer server = SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .simpleMessageListener(counter)
            .build();

    MailSink start() {
        server.start();
        return this;
    }

    String host() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    int port() {
        return server.getPortAllocated();
    }

    /** Mails accepted so far, one per recipient. */
    long accepted() {
        return counter.accepted.get();
    }

    /** The last mail accepted, as it came over the wire. */
    byte[] lastMail() {
        byte[] last = counter.last;
        if (last == null) {
            throw new IllegalStateException("No mail accepted yet");
        }
        return last;
    }

    /** Mails accepted so far and their bytes as they came over the wire. */
    Tally tally() {
        return new Tally(counter.accepted.get(), counter.bytes.get());
    }

    record Tally(long mails, long bytes) {

        Tally since(Tally earlier) {
            return new Tally(mails - earlier.mails, bytes - earlier.bytes);
        }

        long bytesPerMail() {
            return mails == 0 ? 0 : bytes / mails;
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static final class Counter implements SimpleMessageListener {

        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private volatile byte[] last;

        @Override
        public boolean accept(String from, String recipient) {
            return true;
        }

        @Override
        public void deliver(String from, String recipient, InputStream data) throws IOException {
            byte[] mail = data.readAllBytes();
            last = mail;
            bytes.addAndGet(mail.length);
            accepted.incrementAndGet();
        }
    }
}
