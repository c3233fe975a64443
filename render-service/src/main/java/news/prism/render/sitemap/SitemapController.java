package news.prism.render.sitemap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import news.prism.render.caching.CachedResponses;
import news.prism.render.topic.TopicPages;

@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class SitemapController {

    static final MediaType XML_UTF8 = new MediaType(MediaType.APPLICATION_XML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));

    private final TopicPages topics;
    private final SitemapWriter sitemaps;
    private final CachedResponses cached;

    public SitemapController(TopicPages topics, SitemapWriter sitemaps, CachedResponses cached) {
        this.topics = topics;
        this.sitemaps = sitemaps;
        this.cached = cached;
    }

    @Get("/sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> sitemap(HttpRequest<?> request) {
        return cached.ok(request, sitemaps.write(topics.liveTopics(), topics.allLivePages()), XML_UTF8);
    }
}
