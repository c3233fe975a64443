package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.BearerTokens;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTTP endpoint of the four running services against every role and against no token: a write API answers
 * 401 without a token and 403 to a role it does not serve; reader-facing endpoints need no token at all. A caller
 * who is let through may still be refused for what they sent (400, 404, 409): the matrix is about who gets past
 * the door, so every request names an unknown id or carries an empty body and changes nothing.
 */
class RoleMatrixIT {

    private static final String NEWSROOM = "newsroom";
    private static final String REPORTER = "reporter";
    private static final String EDITOR = "editor";
    private static final String ADMIN = "admin";
    private static final Set<String> ANYONE_ON_STAFF = Set.of(NEWSROOM, REPORTER, EDITOR, ADMIN);
    private static final Set<String> PUBLIC = Set.of();
    private static final List<Caller> CALLERS = List.of(Caller.newsroom("matrix-newsroom"),
            Caller.reporter("matrix-reporter"), Caller.editor("matrix-editor"), Caller.admin("matrix-admin"));
    private static final String UNKNOWN = UUID.randomUUID().toString();
    private static final String JSON = "application/json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static PrismServices services;

    /** An endpoint and the roles it serves; {@link #PUBLIC} for reader-facing ones. */
    record Endpoint(PrismService service, String method, String path, String contentType, String body,
                    Set<String> roles) {

        @Override
        public String toString() {
            return service.module() + " " + method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            write(PrismService.INGEST, "POST", "/api/sources", JSON, Set.of(NEWSROOM, ADMIN)),
            write(PrismService.INGEST, "POST", "/api/sources", "application/vnd.iptc.ninjs+json",
                    Set.of(NEWSROOM, ADMIN)),
            write(PrismService.INGEST, "POST", "/api/sources/batch", JSON, Set.of(NEWSROOM, ADMIN)),
            read(PrismService.INGEST, "/api/sources/" + UNKNOWN, ANYONE_ON_STAFF),
            read(PrismService.INGEST, "/api/sources/" + UNKNOWN + "/versions", ANYONE_ON_STAFF),
            write(PrismService.INGEST, "POST", "/api/feeds", JSON, Set.of(EDITOR, ADMIN)),
            read(PrismService.INGEST, "/api/feeds", ANYONE_ON_STAFF),
            read(PrismService.INGEST, "/api/feeds/" + UNKNOWN, ANYONE_ON_STAFF),
            write(PrismService.INGEST, "POST", "/api/feeds/" + UNKNOWN + "/pause", null, Set.of(EDITOR, ADMIN)),
            write(PrismService.INGEST, "POST", "/api/feeds/" + UNKNOWN + "/resume", null, Set.of(EDITOR, ADMIN)),
            write(PrismService.INGEST, "DELETE", "/api/feeds/" + UNKNOWN, null, Set.of(EDITOR, ADMIN)),

            write(PrismService.STORY, "POST", "/api/stories", JSON, Set.of(REPORTER, EDITOR, ADMIN)),
            write(PrismService.STORY, "PUT", "/api/stories/" + UNKNOWN, JSON, Set.of(REPORTER, EDITOR, ADMIN)),
            read(PrismService.STORY, "/api/stories/" + UNKNOWN, ANYONE_ON_STAFF),
            write(PrismService.STORY, "POST", "/api/stories/" + UNKNOWN + "/submit", null,
                    Set.of(REPORTER, EDITOR, ADMIN)),
            write(PrismService.STORY, "POST", "/api/stories/" + UNKNOWN + "/approve", null, Set.of(EDITOR, ADMIN)),
            write(PrismService.STORY, "POST", "/api/stories/" + UNKNOWN + "/reject", JSON, Set.of(EDITOR, ADMIN)),
            write(PrismService.STORY, "POST", "/api/stories/" + UNKNOWN + "/retract", JSON, Set.of(EDITOR, ADMIN)),
            read(PrismService.STORY, "/api/stories/" + UNKNOWN + "/reviews", ANYONE_ON_STAFF),
            read(PrismService.STORY, "/api/stories/" + UNKNOWN + "/versions", ANYONE_ON_STAFF),
            read(PrismService.STORY, "/api/stories/" + UNKNOWN + "/versions/1", ANYONE_ON_STAFF),
            read(PrismService.STORY, "/api/candidates", ANYONE_ON_STAFF),
            write(PrismService.STORY, "POST", "/api/candidates/" + UNKNOWN + "/story", JSON,
                    Set.of(REPORTER, EDITOR, ADMIN)),

            read(PrismService.RENDER, "/matrix/" + UNKNOWN, PUBLIC),
            read(PrismService.RENDER, "/matrix/", PUBLIC),
            read(PrismService.RENDER, "/matrix/feed.atom", PUBLIC),
            read(PrismService.RENDER, "/sitemap.xml", PUBLIC),
            read(PrismService.RENDER, "/assets/prism.css", PUBLIC),

            write(PrismService.NOTIFY, "POST", "/api/subscriptions", JSON, PUBLIC),
            write(PrismService.NOTIFY, "POST", "/api/subscriptions", "application/x-www-form-urlencoded", PUBLIC),
            read(PrismService.NOTIFY, "/subscriptions/confirm?token=" + UNKNOWN, PUBLIC),
            read(PrismService.NOTIFY, "/subscriptions/unsubscribe?token=" + UNKNOWN, PUBLIC),
            write(PrismService.NOTIFY, "POST", "/subscriptions/unsubscribe?token=" + UNKNOWN, null, PUBLIC));

    @BeforeAll
    static void startServices() {
        services = RunningPrism.services();
    }

    static Stream<Arguments> everyEndpointAgainstEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            cases.add(Arguments.of(endpoint, null));
            CALLERS.forEach(caller -> cases.add(Arguments.of(endpoint, caller)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAgainstEveryCaller")
    void eachEndpointLetsInExactlyItsRoles(Endpoint endpoint, Caller caller) throws Exception {
        HttpResponse<String> response = send(endpoint, caller == null ? null : services.tokens().authorization(caller));

        if (endpoint.roles().isEmpty()) {
            assertThat(response.statusCode()).as("a reader-facing endpoint needs no token: %s", response.body())
                    .isNotIn(401, 403);
        } else if (caller == null) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        } else if (endpoint.roles().contains(caller.roles().getFirst())) {
            assertThat(response.statusCode()).as("let in: %s", response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        String forged = new BearerTokens(UUID.randomUUID() + "-" + UUID.randomUUID())
                .authorization(Caller.admin("mallory"));
        for (Endpoint endpoint : ENDPOINTS.stream().filter(e -> !e.roles().isEmpty()).toList()) {
            assertThat(send(endpoint, forged).statusCode()).as(endpoint.toString()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> send(Endpoint endpoint, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.baseUrl(endpoint.service())
                        + endpoint.path())).timeout(Duration.ofSeconds(30))
                .method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(endpoint.body()));
        if (endpoint.contentType() != null) {
            request.header("Content-Type", endpoint.contentType());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Endpoint write(PrismService service, String method, String path, String contentType,
                                  Set<String> roles) {
        String emptyBody = contentType == null ? null
                : contentType.endsWith("x-www-form-urlencoded") ? "" : "{}";
        return new Endpoint(service, method, path, contentType, emptyBody, roles);
    }

    private static Endpoint read(PrismService service, String path, Set<String> roles) {
        return new Endpoint(service, "GET", path, null, null, roles);
    }
}
