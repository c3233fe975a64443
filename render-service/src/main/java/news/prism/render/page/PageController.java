package news.prism.render.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import news.prism.http.problem.ProblemException;

/**
 * Serves a story's newest page. The route has two variable segments, so routes with literal segments
 * ({@code /assets/prism.css}, {@code /health/liveness}) take precedence over it.
 */
@Controller
public class PageController {

    static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));

    private final PageStore pages;

    public PageController(PageStore pages) {
        this.pages = pages;
    }

    /** 200 with the HTML; 301 to the story's current address when a later version moved it; 404 otherwise. */
    @Get("/{topic}/{slug}")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> page(String topic, String slug) {
        PageAddress requested = new PageAddress(topic, slug);
        LatestPage page = pages.latestAt(requested)
                .orElseThrow(() -> ProblemException.notFound("There is no page at " + requested.path()));
        if (!page.address().equals(requested)) {
            return HttpResponse.<String>status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, page.address().path());
        }
        return HttpResponse.ok(page.html()).contentType(HTML_UTF8);
    }
}
