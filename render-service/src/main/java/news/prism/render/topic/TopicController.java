package news.prism.render.topic;

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
import java.time.Clock;
import java.util.Map;
import news.prism.errors.NotFound;
import news.prism.render.caching.CachedResponses;
import news.prism.render.page.PageController;

/**
 * A topic's index page and Atom feed, both listing the topic's live pages newest first. A topic that never had a
 * page is 404; one whose stories were all retracted has an empty index and feed. For {@code tombstone-period} after
 * a retraction the feed marks the retracted story's entry as deleted.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class TopicController {

    static final MediaType ATOM_UTF8 =
            new MediaType("application/atom+xml", Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));

    private final TopicPages topics;
    private final TopicIndexRenderer indexes;
    private final AtomFeedWriter feeds;
    private final CachedResponses cached;
    private final FeedSettings feedSettings;
    private final Clock clock;

    public TopicController(TopicPages topics, TopicIndexRenderer indexes, AtomFeedWriter feeds, CachedResponses cached,
                           FeedSettings feedSettings, Clock clock) {
        this.topics = topics;
        this.indexes = indexes;
        this.feeds = feeds;
        this.cached = cached;
        this.feedSettings = feedSettings;
        this.clock = clock;
    }

    @Get("/{topic}/")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> index(String topic, HttpRequest<?> request) {
        TopicSummary summary = known(topic);
        return cached.ok(request, indexes.render(summary, topics.livePages(topic)), PageController.HTML_UTF8);
    }

    @Get("/{topic}/feed.atom")
    @Produces("application/atom+xml")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> feed(String topic, HttpRequest<?> request) {
        TopicSummary summary = known(topic);
        var deleted = topics.retractedSince(topic, feedSettings.tombstonesSince(clock.instant()));
        return cached.ok(request, feeds.write(summary, topics.livePages(topic), deleted), ATOM_UTF8);
    }

    private TopicSummary known(String topic) {
        return topics.topic(topic)
                .orElseThrow(() -> new NotFound("There is no topic " + new TopicAddress(topic).indexPath()));
    }
}
