package news.prism.notify;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An endpoint on 127.0.0.1 that receives webhooks the way a subscriber's would: it checks every request's signature
 * with the Standard Webhooks reference library ({@code com.standardwebhooks.Webhook}), against each secret the test
 * expects to sign it, and answers 401 when one does not verify; otherwise with the next scripted status of the path,
 * 200 when none is left (or the fallback set for the path).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final int OK = 200;
    private static final int UNAUTHORIZED = 401;

    /** One request as received, and whether every expected secret verified it. */
    record Received(String path, HttpHeaders headers, String body, boolean verified, int answeredWith) {

        String header(String name) {
            return headers.firstValue(name).orElseThrow();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> secrets = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> fallbacks = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request to the path must verify with each of these secrets. */
    void expectSecrets(String path, String... expected) {
        secrets.put(path, List.of(expected));
    }

    /** The statuses of the next requests to the path, in order; then the fallback. */
    void script(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    /** The status of a request to the path when no scripted one is left (200 unless set). */
    void answerOtherwise(String path, int status) {
        fallbacks.put(path, status);
    }

    List<Received> requestsTo(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            HttpHeaders headers = HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true);
            boolean verified = verifies(path, body, headers);
            Integer scripted = verified ? scripts.getOrDefault(path, new ArrayDeque<>()).poll() : null;
            int status = !verified ? UNAUTHORIZED : scripted != null ? scripted : fallbacks.getOrDefault(path, OK);
            received.add(new Received(path, headers, body, verified, status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private boolean verifies(String path, String body, HttpHeaders headers) {
        List<String> expected = secrets.getOrDefault(path, List.of());
        if (expected.isEmpty()) {
            return false;
        }
        for (String secret : expected) {
            try {
                new Webhook(secret).verify(body, headers);
            } catch (WebhookVerificationException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
