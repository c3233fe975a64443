package news.prism.story.story;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;

/**
 * Drafts: {@code POST /api/stories}, {@code GET|PUT /api/stories/{id}}; a PUT on an APPROVED story starts its
 * correction. Writes are made by the subject of their bearer token (see {@link ActingUser}).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/stories")
@ExecuteOn(TaskExecutors.IO)
public class StoryController {

    private final StoryDrafts drafts;
    private final StoryViews views;

    public StoryController(StoryDrafts drafts, StoryViews views) {
        this.drafts = drafts;
        this.views = views;
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
