package news.prism.story.candidate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.cluster.Candidate;
import news.prism.story.story.Story;
import news.prism.story.story.StoryView;
import news.prism.story.story.StoryViews;

/**
 * {@code GET /api/candidates}: groups of unassigned sources that look like reports of one event;
 * {@code POST /api/candidates/{id}/story}: starts a draft story from one, its author the subject of the bearer token.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/candidates")
@ExecuteOn(TaskExecutors.IO)
public class CandidateController {

    private final CandidateStories candidates;
    private final StoryViews views;

    public CandidateController(CandidateStories candidates, StoryViews views) {
        this.candidates = candidates;
        this.views = views;
    }

    @Get
    public List<Candidate> list() {
        return candidates.list();
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Post("/{id}/story")
    public HttpResponse<StoryView> startStory(UUID id, ActingUser author, @Valid @Nullable @Body StoryStart start) {
        if (start == null) {
            throw new Invalid("topic", "must not be null");
        }
        Story story = candidates.start(id, start.topic(), author);
        return HttpResponse.created(views.of(story), URI.create("/api/stories/" + story.id()));
    }
}
