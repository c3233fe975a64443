package news.prism.testkit;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;

/**
 * A running service's OpenAPI description (made at build time by micronaut-openapi, served at
 * {@value #SPEC_PATH}) and Swagger UI ({@value #UI_PATH}), compared with the routes its {@link Router} knows.
 * Operations are written {@code "GET /api/stories/{id}"}.
 */
public final class ServedOpenApi {

    public static final String SPEC_PATH = "/openapi/spec/%s.yml";
    public static final String UI_PATH = "/openapi/ui/index.html";

    private static final String MANAGEMENT_ENDPOINT = "io.micronaut.management.endpoint.annotation.Endpoint";
    private static final Set<String> OPERATION_KEYS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** What Swagger UI's page loads: {@code link(contextPath + "/x.css", ...)}, {@code script(contextPath + "/x.js", ...)}. */
    private static final Pattern UI_ASSET = Pattern.compile("(?:link|script)\\(contextPath \\+ \"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{[+#]?(\\w+)(?::[^}]*)?}");
    private static final Pattern QUERY_VARIABLES = Pattern.compile("\\{[?&][^}]*}");

    private final URI server;
    private final HttpClient http = HttpClient.newHttpClient();

    public ServedOpenApi(URI server) {
        this.server = server;
    }

    /**
     * Every route of Prism's own controllers ({@code news.prism} classes). Management endpoints (/health,
     * /prometheus, /metrics, Prism's own health details included) and static resources are operations' surroundings,
     * not the API, and are left out. A HEAD route Micronaut adds beside a GET is the GET's.
     */
    public static Set<String> routes(Router router) {
        Set<String> routes = router.uriRoutes()
                .filter(route -> route instanceof MethodBasedRouteInfo<?, ?> method
                        && method.getTargetMethod().getDeclaringType().getName().startsWith("news.prism.")
                        && !route.getAnnotationMetadata().hasStereotype(MANAGEMENT_ENDPOINT))
                .map(ServedOpenApi::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        routes.removeIf(route -> route.startsWith("HEAD ") && routes.contains("GET " + route.substring(5)));
        return routes;
    }

    /** The routes of {@link #routes} that the description served for {@code service} leaves out. */
    public Set<String> undescribedRoutes(Router router, String service) {
        Set<String> undescribed = new TreeSet<>(routes(router));
        undescribed.removeAll(describedOperations(service));
        return undescribed;
    }

    /** The operations of the description served for {@code service}, e.g. {@code story-service}. */
    public Set<String> describedOperations(String service) {
        HttpResponse<String> response = get(SPEC_PATH.formatted(service));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + SPEC_PATH.formatted(service) + ": " + response.statusCode());
        }
        Map<String, Map<String, Object>> paths = new Yaml().<Map<String, Map<String, Map<String, Object>>>>load(
                response.body()).getOrDefault("paths", Map.of());
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(OPERATION_KEYS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + normalised(path))));
        return operations;
    }

    /** The status of Swagger UI's page and of each stylesheet, icon and script it loads, by path. */
    public Map<String, Integer> uiPageAndAssets() {
        HttpResponse<String> page = get(UI_PATH);
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put(UI_PATH, page.statusCode());
        Matcher assets = UI_ASSET.matcher(page.body());
        while (assets.find()) {
            statuses.put(assets.group(1), get(assets.group(1)).statusCode());
        }
        return statuses;
    }

    private static String operation(UriRouteInfo<?, ?> route) {
        HttpMethod method = route.getHttpMethod();
        return method.name() + " " + normalised(route.getUriMatchTemplate().toString());
    }

    /** A path template as OpenAPI writes it: {@code {name}} for every variable, no query part, no trailing slash. */
    private static String normalised(String template) {
        String path = VARIABLE.matcher(QUERY_VARIABLES.matcher(template).replaceAll("")).replaceAll("{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
