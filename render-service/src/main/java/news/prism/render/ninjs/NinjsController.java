package news.prism.render.ninjs;

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
import news.prism.errors.NotFound;
import news.prism.render.caching.CachedResponses;
import news.prism.render.page.LatestPage;
import news.prism.render.page.PageAddress;
import news.prism.render.page.PageStore;

/**
 * A story's newest version as an IPTC ninjs 2.2 item, next to its page: {@code /{topic}/{slug}.json}. It answers as
 * the page does: 200 with an ETag and the readers' Cache-Control (304 when If-None-Match names the tag); 410 for
 * a retracted story, with the item canceled; 301 to the item at the story's current address when a later version
 * moved it; 404 when there is no page, or none rendered since items are kept. The literal {@code .json} makes this
 * route win over the page's.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class NinjsController {

    private final PageStore pages;
    private final NinjsStore items;
    private final NinjsDocuments documents;
    private final CachedResponses cached;

    public NinjsController(PageStore pages, NinjsStore items, NinjsDocuments documents, CachedResponses cached) {
        this.pages = pages;
        this.items = items;
        this.documents = documents;
        this.cached = cached;
    }

    /** Where a page's ninjs item is. */
    public static String path(PageAddress page) {
        return page.path() + ".json";
    }

    @Get("/{topic}/{slug}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> item(String topic, String slug, HttpRequest<?> request) {
        PageAddress requested = new PageAddress(topic, slug);
        LatestPage page = pages.latestAt(requested)
                .orElseThrow(() -> new NotFound("There is no story at " + path(requested)));
        String item = items.of(page.storyId(), page.version())
                .orElseThrow(() -> new NotFound("The story at " + path(requested) + " has no ninjs item"));
        if (page.retraction() != null) {
            NinjsDocument canceled = documents.read(item)
                    .canceled(page.retraction().reason(), page.retraction().retractedAt());
            return cached.cacheable(HttpResponse.<String>status(HttpStatus.GONE)
                    .body(documents.toJson(canceled)).contentType(MediaType.APPLICATION_JSON_TYPE));
        }
        if (!page.address().equals(requested)) {
            return HttpResponse.<String>status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, path(page.address()));
        }
        return cached.ok(request, item, MediaType.APPLICATION_JSON_TYPE);
    }
}
