package news.prism.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import news.prism.testkit.Caller;

/** What a newsroom system, an editor and a reader do, over the services' public HTTP APIs. */
public final class PrismClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrismServices services;
    private final String traceparent;

    public PrismClient(PrismServices services) {
        this(services, null);
    }

    private PrismClient(PrismServices services, String traceparent) {
        this.services = services;
        this.traceparent = traceparent;
    }

    /** A client whose every request says it is part of the trace {@code traceparent} (W3C Trace Context). */
    public PrismClient inTrace(String traceparent) {
        return new PrismClient(services, traceparent);
    }

    public record Reply(int status, String body, HttpResponse<String> response) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public Reply expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + " from " + response.uri() + ": " + body);
        }
    }

    public Reply postSource(JsonNode source, Caller newsroom) {
        return post(PrismService.INGEST, "/api/sources", source, newsroom);
    }

    public Reply addFeed(String url, int intervalSeconds, Caller newsroom) {
        return post(PrismService.INGEST, "/api/feeds",
                JSON.createObjectNode().put("url", url).put("intervalSeconds", intervalSeconds), newsroom);
    }

    public Reply feed(String feedId, Caller caller) {
        return get(services.baseUrl(PrismService.INGEST) + "/api/feeds/" + feedId, caller);
    }

    public Reply createStory(JsonNode story, Caller author) {
        return post(PrismService.STORY, "/api/stories", story, author);
    }

    public Reply submitStory(String storyId, Caller user) {
        return post(PrismService.STORY, "/api/stories/" + storyId + "/submit", null, user);
    }

    public Reply approveStory(String storyId, Caller editor) {
        return post(PrismService.STORY, "/api/stories/" + storyId + "/approve", null, editor);
    }

    public Reply subscribe(String email, List<String> topics) {
        ObjectNode body = JSON.createObjectNode().put("email", email);
        topics.forEach(body.putArray("topics")::add);
        return post(PrismService.NOTIFY, "/api/subscriptions", body, null);
    }

    /** A reader's request: no token. */
    public Reply get(String absoluteUrl) {
        return send(HttpRequest.newBuilder(URI.create(absoluteUrl)).GET());
    }

    /** A read of an editorial API, with the caller's token. */
    public Reply get(String absoluteUrl, Caller caller) {
        return send(HttpRequest.newBuilder(URI.create(absoluteUrl))
                .header("Authorization", services.tokens().authorization(caller)).GET());
    }

    public Reply confirm(String confirmationUrl) {
        return get(confirmationUrl);
    }

    public String pageUrl(String topicSlug, String slug) {
        return services.baseUrl(PrismService.RENDER) + "/" + encode(topicSlug) + "/" + encode(slug);
    }

    public static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply post(PrismService service, String path, JsonNode body, Caller user) {
        var request = HttpRequest.newBuilder(URI.create(services.baseUrl(service) + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (user != null) {
            request.header("Authorization", services.tokens().authorization(user));
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
