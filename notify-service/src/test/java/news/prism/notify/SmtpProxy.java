package news.prism.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the SMTP server that counts the connections made through it, and while
 * {@link #refuse(boolean)} is on drops the open ones and each new one at once: what a server that is down looks like
 * to a client.
 */
final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    SmtpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::acceptWhileOpen);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections relayed to the server so far (dropped ones not counted). */
    int connections() {
        return connections.get();
    }

    void refuse(boolean refuse) {
        refusing.set(refuse);
        if (refuse) {
            open.forEach(SmtpProxy::closeQuietly);
        }
    }

    private void acceptWhileOpen() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing.get()) {
                    client.close();
                    continue;
                }
                connections.incrementAndGet();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException closedOrFailed) {
                // The listener was closed, or the server could not be reached: the client sees its socket close.
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException connectionGone) {
            // Either side closed; closing both below ends the other direction too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
