package news.prism.render.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket to a browser's DevTools endpoint: commands with their replies, and events awaited by name. Commands
 * for a page carry the session id of that page's target (flat sessions).
 */
final class DevToolsConnection implements AutoCloseable {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> awaitedEvents = new ConcurrentHashMap<>();
    private final WebSocket socket;

    private DevToolsConnection(URI endpoint) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(endpoint, new MessageListener())
                .orTimeout(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    static DevToolsConnection open(URI endpoint) {
        return new DevToolsConnection(endpoint);
    }

    ObjectNode parameters() {
        return json.createObjectNode();
    }

    /** Sends a command and returns its result; {@code sessionId} null addresses the browser itself. */
    JsonNode call(String sessionId, String method, ObjectNode parameters) {
        long id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", parameters);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(message.toString(), true).join();
        JsonNode answer = await(reply, method);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** An event that will come, to be registered before the command that causes it. */
    CompletableFuture<JsonNode> nextEvent(String sessionId, String method) {
        return awaitedEvents.computeIfAbsent(sessionId + " " + method, key -> new CompletableFuture<>());
    }

    JsonNode await(CompletableFuture<JsonNode> future, String what) {
        try {
            return future.get(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("No answer to " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer to " + what + " within " + REPLY_TIMEOUT, e);
        }
    }

    private void dispatch(String text) throws JsonProcessingException {
        JsonNode message = json.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asLong());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.has("method")) {
            String session = message.has("sessionId") ? message.get("sessionId").asText() : null;
            CompletableFuture<JsonNode> awaited = awaitedEvents.remove(session + " " + message.get("method").asText());
            if (awaited != null) {
                awaited.complete(message.path("params"));
            }
        }
    }

    private void failAll(Throwable cause) {
        replies.values().forEach(reply -> reply.completeExceptionally(cause));
        awaitedEvents.values().forEach(event -> event.completeExceptionally(cause));
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .exceptionally(closed -> null).join();
    }

    /** Puts together messages that arrive in parts (a screenshot is megabytes) and hands each one on whole. */
    private final class MessageListener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            message.append(part);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                try {
                    dispatch(text);
                } catch (JsonProcessingException e) {
                    failAll(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failAll(new IllegalStateException("DevTools connection closed: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failAll(error);
        }
    }
}
