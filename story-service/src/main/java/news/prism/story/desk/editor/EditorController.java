package news.prism.story.desk.editor;

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
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.errors.DomainException;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.desk.DeskSettings;
import news.prism.story.desk.DeskViews;
import news.prism.story.desk.Violations;
import news.prism.story.review.Reviews;
import news.prism.story.story.Story;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryStatus;

/**
 * {@code /desk/stories/{id}}: every section of a draft (or of a published story being corrected) in one form.
 * Its buttons save it, submit it for review, or add, remove and reorder entries of its lists (which changes the form,
 * not the stored draft, until it is saved); {@code /check} runs the checks of submitting on the form as it is,
 * for the problems shown beside each field while the editor writes. Saving and submitting go through
 * {@link StoryDrafts} and {@link Reviews}, as the API's calls do.
 */
@Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
@Controller(DeskSettings.ROOT + "/stories/{id}")
@ExecuteOn(TaskExecutors.IO)
public class EditorController {

    static final String VIEW = "desk/editor";
    static final String CHECKS_VIEW = "desk/checks";
    private static final String SAVE = "save";
    private static final String SUBMIT = "submit";

    private final StoryDrafts drafts;
    private final Reviews reviews;
    private final StoryForms forms;
    private final DraftChecks checks;
    private final DeskViews views;

    public EditorController(StoryDrafts drafts, Reviews reviews, StoryForms forms, DraftChecks checks,
                            DeskViews views) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.forms = forms;
        this.checks = checks;
        this.views = views;
    }

    @Get
    public HttpResponse<?> edit(UUID id, ActingUser user, @Nullable @QueryValue String saved) {
        Story story = drafts.get(id);
        if (!editable(story)) {
            return HttpResponse.seeOther(reviewPage(id));
        }
        return views.ok(VIEW, page(user, story, story.content(), checks.forSubmitting(story.content()),
                saved == null ? null : "Saved."));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(UUID id, ActingUser user, @Body Map<String, String> fields) {
        Story story = drafts.get(id);
        StoryForms.Read form = forms.read(fields);
        String action = fields.getOrDefault("action", SAVE);
        if (!action.equals(SAVE) && !action.equals(SUBMIT)) {
            forms.change(form.tree(), action);
            StoryContent changed = forms.content(form.tree());
            return views.ok(VIEW, page(user, story, changed, withForm(form, checks.forSubmitting(changed)),
                    "Changed in the form only: save to keep it."));
        }
        StoryContent content = forms.content(form.tree());
        List<FieldError> problems = withForm(form, checks.forSaving(content));
        if (!problems.isEmpty()) {
            return refused(user, story, content, problems, "Not saved: fix the fields marked below.");
        }
        try {
            drafts.update(id, content, user);
            if (action.equals(SUBMIT)) {
                reviews.submit(id, user);
                return HttpResponse.seeOther(URI.create(reviewPage(id) + "?done=submitted"));
            }
        } catch (Invalid invalid) {
            return refused(user, drafts.get(id), content, invalid.errors(), action.equals(SUBMIT)
                    ? "Saved, but not submitted: fix the fields marked below." : "Not saved: fix the fields marked below.");
        } catch (ConstraintViolationException incomplete) {
            return refused(user, drafts.get(id), content,
                    Violations.asProblems(incomplete.getConstraintViolations(), ""),
                    "Saved, but not submitted: fix the fields marked below.");
        } catch (DomainException refusal) {
            return views.respond(HttpStatus.CONFLICT, VIEW, page(user, drafts.get(id), content, List.of(),
                    refusal.getMessage()));
        }
        return HttpResponse.seeOther(URI.create(DeskSettings.ROOT + "/stories/" + id + "?saved=1"));
    }

    /** The problems of the form as it is, as a fragment the page's script puts beside each field. */
    @Post("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> check(UUID id, @Body Map<String, String> fields) {
        drafts.get(id);
        StoryForms.Read form = forms.read(fields);
        StoryContent content = forms.content(form.tree());
        return views.ok(CHECKS_VIEW, new FieldProblems(withForm(form, checks.forSubmitting(content))));
    }

    private HttpResponse<String> refused(ActingUser user, Story story, StoryContent content, List<FieldError> problems,
                                         String notice) {
        return views.respond(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, page(user, story, content, problems, notice));
    }

    private static EditorPage page(ActingUser user, Story story, StoryContent content, List<FieldError> problems,
                                   String notice) {
        return new EditorPage(user, story, content, new FieldProblems(problems), PerspectiveBar.of(content), notice);
    }

    private static List<FieldError> withForm(StoryForms.Read form, List<FieldError> found) {
        List<FieldError> all = new ArrayList<>(form.problems());
        all.addAll(found);
        return all;
    }

    private static boolean editable(Story story) {
        return story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.APPROVED;
    }

    static URI reviewPage(UUID id) {
        return URI.create(DeskSettings.ROOT + "/stories/" + id + "/review");
    }
}
