package news.prism.ingest.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.prism.testkit.Caller;

/** Calls the service over real HTTP, as a newsroom system would. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Caller READER = Caller.newsroom("reader");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final JsonMapper json;

    public ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Response post(String path, Map<String, ?> body, Caller caller) {
        return post(path, write(body), "application/json", caller);
    }

    /** Posts the bytes as they are, e.g. broken JSON or another media type. */
    public Response post(String path, byte[] body, String contentType, Caller caller) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), caller).build());
    }

    /** A POST without a body, such as an action on a resource. */
    public Response post(String path, Caller caller) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()), caller).build());
    }

    public Response delete(String path, Caller caller) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).DELETE(), caller).build());
    }

    /** Without a caller the request carries no token. */
    private static HttpRequest.Builder withUser(HttpRequest.Builder request, Caller caller) {
        if (caller != null) {
            request.header("Authorization", caller.authorization());
        }
        return request;
    }

    /** Reads as a newsroom system: every role may read the ingest API. */
    public Response get(String path) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET(), READER).build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, Object> body = response.body().length == 0
                    ? Map.of()
                    : json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] write(Map<String, ?> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, String contentType, String location, Map<String, Object> body) {

        public String string(String field) {
            return (String) body.get(field);
        }

        /** The elements of a list field, each a JSON object. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) body.get(field);
        }

        /** The {@code field} of every element of {@code errors} in a problem answer. */
        public List<String> errorFields() {
            return list("errors").stream().map(error -> (String) error.get("field")).toList();
        }
    }
}
