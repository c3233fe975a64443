package news.prism.story.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.paging.Page;
import news.prism.story.paging.PageRequest;

/**
 * Drafts: {@code POST /api/stories}, {@code GET|PUT /api/stories/{id}}; a PUT on an APPROVED story starts its
 * correction. {@code GET /api/stories} lists them a page at a time. Writes are made by the subject of their bearer token (see {@link ActingUser}).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/stories")
@ExecuteOn(TaskExecutors.IO)
public class StoryController {

    private final StoryDrafts drafts;
    private final StoryViews views;
    private final StoryListing listing;
    private final PageRequest pages;

    public StoryController(StoryDrafts drafts, StoryViews views, StoryListing listing, PageRequest pages) {
        this.drafts = drafts;
        this.views = views;
        this.listing = listing;
        this.pages = pages;
    }

    /** Newest first, filtered by any of the parameters (see {@link StoryFilter}); {@code cursor} from {@code next}. */
    @Get
    public Page<StoryListItem> list(@QueryValue @Nullable String status, @QueryValue @Nullable String topic,
                                    @QueryValue @Nullable String author, @QueryValue @Nullable String text,
                                    @QueryValue @Nullable String cursor, @QueryValue @Nullable String limit) {
        StoryFilter filter = StoryFilter.parse(status, topic, author, text);
        return listing.list(filter, cursor, pages.limit(limit));
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Post
    public HttpResponse<StoryView> create(@Valid @Body StoryContent content, ActingUser author) {
        Story story = drafts.create(content, author);
        return HttpResponse.created(views.of(story), URI.create("/api/stories/" + story.id()));
    }

    @Get("/{id}")
    public StoryView get(UUID id) {
        return views.of(drafts.get(id));
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Put("/{id}")
    public StoryView update(UUID id, @Valid @Body StoryContent content, ActingUser editor) {
        return views.of(drafts.update(id, content, editor));
    }
}
