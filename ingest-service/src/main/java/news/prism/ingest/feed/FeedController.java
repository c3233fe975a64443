package news.prism.ingest.feed;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;

/**
 * The feeds the service polls. {@code POST /api/feeds} {@code {url, intervalSeconds}}: 201 with the feed, 400 naming
 * bad fields (also a URL the {@link FeedUrlParser} refuses, or whose host resolves to an address that is not public
 * unicast), 409 if the feed is already polled;
 * {@code GET /api/feeds}, {@code GET /api/feeds/{id}}; {@code POST /api/feeds/{id}/pause} and {@code /resume}: 200
 * with the feed; {@code DELETE /api/feeds/{id}}: 204. Unknown ids answer 404. The acting user of a write is the
 * subject of its bearer token (401 without a valid one).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(FeedController.PATH)
@ExecuteOn(TaskExecutors.IO)
public class FeedController {

    static final String PATH = "/api/feeds";

    private final Feeds feeds;

    public FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post
    public HttpResponse<FeedView> add(ActingUser user, @Body FeedRequest request) {
        Feed feed = feeds.add(request, user.name());
        return HttpResponse.created(FeedView.of(feed), UriBuilder.of(PATH).path(feed.id().toString()).build());
    }

    @Get
    public FeedsView list() {
        return new FeedsView(feeds.all().stream().map(FeedView::of).toList());
    }

    @Get("/{id}")
    public FeedView get(String id) {
        return FeedView.of(feeds.get(parse(id)));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/{id}/pause")
    public FeedView pause(ActingUser user, String id) {
        return FeedView.of(feeds.pause(parse(id)));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/{id}/resume")
    public FeedView resume(ActingUser user, String id) {
        return FeedView.of(feeds.resume(parse(id)));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Delete("/{id}")
    public HttpResponse<Void> remove(ActingUser user, String id) {
        feeds.remove(parse(id));
        return HttpResponse.noContent();
    }

    private static UUID parse(String id) {
        return Feeds.parse(id).orElseThrow(() -> new NotFound("No feed has this id"));
    }
}
