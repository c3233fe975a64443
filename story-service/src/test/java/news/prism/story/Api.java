package news.prism.story;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.prism.testkit.Caller;

/** The story service's HTTP API as a client sees it: plain JSON over HTTP. */
public final class Api {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private static final Caller DESK = Caller.reporter("desk");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    /** Reads as a member of the desk: every role may read the editorial API. */
    public Response get(String path) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)), DESK).GET());
    }

    public Response post(String path, Caller caller, String json) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)), caller)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, Caller caller, String json) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)), caller)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, Caller caller) {
        return send(withUser(HttpRequest.newBuilder(base.resolve(path)), caller).DELETE());
    }

    /** Without a caller the request carries no token. */
    private static HttpRequest.Builder withUser(HttpRequest.Builder request, Caller caller) {
        return caller == null ? request : request.header("Authorization", caller.authorization());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String body) {

        public Map<String, Object> json() {
            try {
                return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** A JSON array of objects. */
        public List<Map<String, Object>> jsonList() {
            try {
                return JSON.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("Not a JSON array: " + body, e);
            }
        }

        /** The fields named by a problem+json answer, in its order. */
        @SuppressWarnings("unchecked")
        public List<String> problemFields() {
            return ((List<Map<String, Object>>) json().getOrDefault("errors", List.of())).stream()
                    .map(error -> (String) error.get("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
