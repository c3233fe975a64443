package news.prism.render.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import news.prism.errors.NotFound;
import news.prism.http.problem.ProblemException;
import news.prism.render.caching.CachedResponses;

/**
 * Serves a story's newest page. The route has two variable segments, so routes with literal segments
 * ({@code /assets/prism.css}, {@code /health/liveness}, {@code /{topic}/feed.atom}) take precedence over it. It
 * matches whatever the Accept header names: a route that produced only HTML would not match a request accepting only
 * JSON, and the security filter answers 401 to an anonymous request that matches no route.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class PageController {

    public static final MediaType HTML_UTF8 =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));

    /** The page's route, as the {@code uri} tag of {@code http.server.requests} names it. */
    public static final String ROUTE = "/{topic}/{slug}";

    private final ServedPages served;
    private final CachedResponses cached;
    private final MissingPageRenderer missingPages;
    private final ExecutorService blocking;

    public PageController(ServedPages served, CachedResponses cached, MissingPageRenderer missingPages,
                          @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.served = served;
        this.cached = cached;
        this.missingPages = missingPages;
        this.blocking = blocking;
    }

    /**
     * 200 with the HTML, whatever the Accept header (304 when If-None-Match names its ETag); 301 to the story's
     * current address when a later version moved it. When the story was retracted, 410; when there is no page, 404:
     * a browser (Accept names HTML) gets a page saying so, an API client a problem. An answer held in memory is given
     * on the event loop; only a miss goes to a blocking thread for the database.
     */
    @Get(ROUTE)
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public CompletableFuture<HttpResponse<byte[]>> page(String topic, String slug, HttpRequest<?> request) {
        PageAddress requested = new PageAddress(topic, slug);
        Optional<ServedPage> held = served.cachedAt(requested);
        if (held.isPresent()) {
            return CompletableFuture.completedFuture(respond(held.get(), request));
        }
        return CompletableFuture.supplyAsync(() -> served.at(requested)
                .map(page -> respond(page, request))
                .orElseGet(() -> missing(requested, request)), blocking);
    }

    private HttpResponse<byte[]> missing(PageAddress requested, HttpRequest<?> request) {
        if (!ReaderAccept.wantsHtml(request)) {
            throw new NotFound("There is no page at " + requested.path());
        }
        return HttpResponse.<byte[]>status(HttpStatus.NOT_FOUND).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(missingPages.render(requested).getBytes(StandardCharsets.UTF_8)).contentType(HTML_UTF8);
    }

    private HttpResponse<byte[]> respond(ServedPage page, HttpRequest<?> request) {
        return switch (page.kind()) {
            case RETRACTED -> {
                if (!ReaderAccept.wantsHtml(request)) {
                    throw new ProblemException(HttpStatus.GONE, "The story at " + page.newest().path()
                            + " was retracted");
                }
                // A shared cache must not give this notice to an API client, nor the problem to a browser.
                yield cached.cacheable(HttpResponse.<byte[]>status(HttpStatus.GONE)
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(page.body()).contentType(HTML_UTF8));
            }
            case MOVED -> HttpResponse.<byte[]>status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, page.newest().path());
            case CURRENT -> cached.ok(request, page.body(), page.etag(), HTML_UTF8);
        };
    }
}
