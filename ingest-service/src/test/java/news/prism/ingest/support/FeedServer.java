package news.prism.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server serving feed files the tests wrote (src/test/resources/feeds), as a publisher's server would:
 * with an ETag and a Last-Modified, 304 on a matching If-None-Match, and redirects, slow answers and oversized
 * bodies when a test asks for them. It records the conditional headers, the Host header and the time of every
 * request.
 */
public final class FeedServer implements AutoCloseable {

    private static final String LAST_MODIFIED = "Tue, 03 Mar 2026 18:30:00 GMT";

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", feeds::handle);
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the feed file {@code file} at {@code path} with this ETag. */
    public void serveFile(String path, String file, String contentType, String etag) {
        answers.put(path, new Answer(200, read(file), contentType, etag, null, Duration.ZERO, false));
    }

    public void serveBytes(String path, byte[] body, String contentType, boolean announceLength) {
        answers.put(path, new Answer(200, body, contentType, null, null, Duration.ZERO, !announceLength));
    }

    public void redirect(String path, int status, String location) {
        answers.put(path, new Answer(status, new byte[0], null, null, location, Duration.ZERO, false));
    }

    public void fail(String path, int status) {
        answers.put(path, new Answer(status, "error".getBytes(), "text/plain", null, null, Duration.ZERO, false));
    }

    /** Answers {@code path} only after {@code delay}. */
    public void serveSlowly(String path, String file, Duration delay) {
        answers.put(path, new Answer(200, read(file), "application/rss+xml", null, null, delay, false));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        requests.add(new Request(path, ifNoneMatch, exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                exchange.getRequestHeaders().getFirst("Host"), Instant.now()));
        Answer answer = answers.get(path);
        try (exchange) {
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            pause(answer.delay());
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            if (answer.etag() != null) {
                exchange.getResponseHeaders().add("ETag", answer.etag());
                exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                if (answer.etag().equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), answer.chunked() ? 0 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            } catch (IOException clientGaveUp) {
                // the client stops reading an oversized or too slow answer
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No feed file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A request the server received, with its conditional headers, its Host header and when it came. */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, String host, Instant receivedAt) {
    }

    private record Answer(int status, byte[] body, String contentType, String etag, String location, Duration delay,
                          boolean chunked) {
    }
}
