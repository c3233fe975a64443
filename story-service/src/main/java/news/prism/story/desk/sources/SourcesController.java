package news.prism.story.desk.sources;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.prism.errors.DomainException;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.desk.DeskSettings;
import news.prism.story.desk.DeskViews;
import news.prism.story.desk.Violations;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.source.SourceFilter;
import news.prism.story.source.SourceSearch;
import news.prism.story.story.Story;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryContent.Topic;
import news.prism.story.story.StoryDrafts;

/**
 * {@code /desk/sources}: searches the service's copy of the sources ({@link SourceSearch}, as
 * {@code GET /api/sources}); the sources ticked in the results start a draft citing them in that order
 * ({@link StoryDrafts#start}, as a candidate does), which opens in the editor; a source the service has no copy of
 * is refused there, named by its place in the list.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(DeskSettings.ROOT + "/sources")
@ExecuteOn(TaskExecutors.IO)
public class SourcesController {

    static final String VIEW = "desk/sources";
    private static final Pattern CHOSEN = Pattern.compile("sourceId\\[\\d{1,3}]");

    private final SourceSearch search;
    private final StoryDrafts drafts;
    private final Validator validator;
    private final DeskViews views;
    private final int limit;

    public SourcesController(SourceSearch search, StoryDrafts drafts, Validator validator, DeskViews views,
                             DeskSettings settings) {
        this.search = search;
        this.drafts = drafts;
        this.validator = validator;
        this.views = views;
        this.limit = settings.listLimit();
    }

    @Get
    public HttpResponse<String> search(ActingUser user, @Nullable @QueryValue String q) {
        return views.ok(VIEW, page(user, q, List.of(), null));
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Post("/story")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(ActingUser user, @Nullable @QueryValue String q, @Body Map<String, String> form) {
        Topic topic = new Topic(blankToNull(form.get("topicSlug")), blankToNull(form.get("topicName")));
        String headline = blankToNull(form.get("headline"));
        List<String> sourceIds = chosenIds(form);
        List<FieldError> problems = new ArrayList<>(Violations.asProblems(validator.validate(topic), "topic."));
        if (headline == null) {
            problems.add(new FieldError("headline", "must not be blank"));
        } else if (headline.length() > StoryContent.HEADLINE_MAX_LENGTH) {
            problems.add(new FieldError("headline", "must be at most " + StoryContent.HEADLINE_MAX_LENGTH
                    + " characters long"));
        }
        if (sourceIds.isEmpty()) {
            problems.add(new FieldError("sourceId", "tick at least one source"));
        }
        if (!problems.isEmpty()) {
            return views.respond(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, page(user, q, problems,
                    "The story was not started: fix what is listed."));
        }
        try {
            Story story = drafts.start(topic, headline, sourceIds, user);
            return HttpResponse.seeOther(URI.create(DeskSettings.ROOT + "/stories/" + story.id()));
        } catch (Invalid invalid) {
            return views.respond(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, page(user, q, invalid.errors(),
                    "The story was not started: fix what is listed."));
        } catch (DomainException refusal) {
            return views.respond(HttpStatus.CONFLICT, VIEW, page(user, q, List.of(), refusal.getMessage()));
        }
    }

    /** The ticked boxes, {@code sourceId[i]} each, in the order of the results. */
    private static List<String> chosenIds(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(field -> CHOSEN.matcher(field.getKey()).matches() && !field.getValue().isBlank())
                .sorted(Comparator.comparingInt(field -> Integer.parseInt(
                        field.getKey().substring(field.getKey().indexOf('[') + 1, field.getKey().length() - 1))))
                .map(Map.Entry::getValue).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private SourcesPage page(ActingUser user, String query, List<FieldError> problems, String notice) {
        String text = query == null || query.isBlank() ? null : query.strip();
        return new SourcesPage(user, text, search.search(new SourceFilter(text, null, null, null, null, null), null,
                limit).items(), new FieldProblems(problems), notice);
    }
}
