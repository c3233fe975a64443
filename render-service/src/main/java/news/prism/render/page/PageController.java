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
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import news.prism.http.problem.ProblemException;
import news.prism.render.caching.CachedResponses;

/**
 * Serves a story's newest page. The route has two variable segments, so routes with literal segments
 * ({@code /assets/prism.css}, {@code /health/liveness}, {@code /{topic}/feed.atom}) take precedence over it.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class PageController {

    public static final MediaType HTML_UTF8 =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));

    private final PageStore pages;
    private final RetractedNoticeRenderer notices;
    private final CachedResponses cached;

    public PageController(PageStore pages, RetractedNoticeRenderer notices, CachedResponses cached) {
        this.pages = pages;
        this.notices = notices;
        this.cached = cached;
    }

    /**
     * 200 with the HTML (304 when If-None-Match names its ETag); 410 with a short notice when the story was
     * retracted; 301 to the story's current address when a later version moved it; 404 otherwise.
     */
    @Get("/{topic}/{slug}")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> page(String topic, String slug, HttpRequest<?> request) {
        PageAddress requested = new PageAddress(topic, slug);
        LatestPage page = pages.latestAt(requested)
                .orElseThrow(() -> ProblemException.notFound("There is no page at " + requested.path()));
        if (page.retraction() != null) {
            return cached.cacheable(HttpResponse.<String>status(HttpStatus.GONE)
                    .body(notices.render(page, page.retraction())).contentType(HTML_UTF8));
        }
        if (!page.address().equals(requested)) {
            return HttpResponse.<String>status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, page.address().path());
        }
        return cached.ok(request, page.html(), page.etag(), HTML_UTF8);
    }
}
