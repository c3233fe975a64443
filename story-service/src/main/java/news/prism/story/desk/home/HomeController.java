package news.prism.story.desk.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import news.prism.errors.DomainException;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.candidate.CandidateStories;
import news.prism.story.desk.DeskSettings;
import news.prism.story.desk.DeskViews;
import news.prism.story.desk.Violations;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.story.Story;
import news.prism.story.story.StoryFilter;
import news.prism.story.story.StoryListItem;
import news.prism.story.story.StoryListing;
import news.prism.story.story.StoryContent.Topic;
import news.prism.story.story.StoryStatus;

/**
 * {@code /desk}: the candidates, the review queue, the drafts and the published stories; a candidate's
 * "Start a story" form starts a draft from it through {@link CandidateStories}, as {@code POST /api/candidates/{id}/story}
 * does, and opens it in the editor.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(DeskSettings.ROOT)
@ExecuteOn(TaskExecutors.IO)
public class HomeController {

    static final String VIEW = "desk/home";

    private final CandidateStories candidates;
    private final StoryListing listing;
    private final int listLimit;
    private final Validator validator;
    private final DeskViews views;

    public HomeController(CandidateStories candidates, StoryListing listing, DeskSettings settings,
                          Validator validator, DeskViews views) {
        this.candidates = candidates;
        this.listing = listing;
        this.listLimit = settings.listLimit();
        this.validator = validator;
        this.views = views;
    }

    @Get
    public HttpResponse<String> home(ActingUser user) {
        return views.ok(VIEW, page(user, List.of(), null));
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Post("/candidates/{id}/story")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(UUID id, ActingUser user, @Nullable @Body StartForm form) {
        Topic topic = form == null ? new Topic(null, null) : new Topic(form.topicSlug(), form.topicName());
        List<FieldError> problems = Violations.asProblems(validator.validate(topic), "topic.");
        try {
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
            Story story = candidates.start(id, topic, user);
            return HttpResponse.seeOther(URI.create(DeskSettings.ROOT + "/stories/" + story.id()));
        } catch (Invalid invalid) {
            return views.respond(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, page(user, invalid.errors(),
                    "The story was not started: give it a topic."));
        } catch (DomainException refusal) {
            return views.respond(HttpStatus.CONFLICT, VIEW, page(user, List.of(), refusal.getMessage()));
        }
    }

    private HomePage page(ActingUser user, List<FieldError> problems, String notice) {
        return new HomePage(user, candidates.list(), in(StoryStatus.IN_REVIEW), in(StoryStatus.DRAFT),
                in(StoryStatus.APPROVED), new FieldProblems(problems), notice);
    }

    private List<StoryListItem> in(StoryStatus status) {
        return listing.list(new StoryFilter(status, null, null, null), null, listLimit).items();
    }
}
