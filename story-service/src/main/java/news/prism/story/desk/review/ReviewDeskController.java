package news.prism.story.desk.review;

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
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import news.prism.errors.Conflict;
import news.prism.errors.DomainException;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.errors.Refused;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.desk.DeskSettings;
import news.prism.story.desk.DeskViews;
import news.prism.story.desk.Violations;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.desk.editor.PerspectiveBar;
import news.prism.story.publish.ScheduledPublication;
import news.prism.story.publish.VersionChanges;
import news.prism.story.publish.VersionDiff;
import news.prism.story.review.ApprovalTerms;
import news.prism.story.review.FourEyes;
import news.prism.story.review.ReviewRequests.Rejection;
import news.prism.story.review.ReviewRequests.Retraction;
import news.prism.story.review.Reviews;
import news.prism.story.review.ScheduleChanges;
import news.prism.story.story.Story;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryStatus;

/**
 * {@code /desk/stories/{id}/review}: the story as the reader will read it, its history, and the steps of review:
 * approve (with a correction note, and whether to mail it, when a version is out; now or at a time to come), move
 * or cancel a scheduled publication, reject with comments, retract a published story. Every step goes through
 * {@link Reviews} and {@link ScheduleChanges}, so four eyes and the integrity rules hold as they do for the API.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(DeskSettings.ROOT + "/stories/{id}")
@ExecuteOn(TaskExecutors.IO)
public class ReviewDeskController {

    static final String VIEW = "desk/review";
    private static final Map<String, String> DONE = Map.of(
            "submitted", "Submitted for review.", "approved", "Approved and published.",
            "scheduled", "Approved; it will be published at the time shown.",
            "moved", "The publication was moved.", "unscheduled", "The publication was cancelled; the story is back in review.",
            "rejected", "Sent back to its editors with your comments.", "retracted", "Retracted.");

    private final StoryDrafts drafts;
    private final Reviews reviews;
    private final FourEyes fourEyes;
    private final VersionDiff diff;
    private final ScheduleChanges schedules;
    private final Validator validator;
    private final DeskViews views;

    public ReviewDeskController(StoryDrafts drafts, Reviews reviews, FourEyes fourEyes, VersionDiff diff,
                                ScheduleChanges schedules, Validator validator, DeskViews views) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.fourEyes = fourEyes;
        this.diff = diff;
        this.schedules = schedules;
        this.validator = validator;
        this.views = views;
    }

    @Get("/review")
    public HttpResponse<String> review(UUID id, ActingUser user, @Nullable @QueryValue String done) {
        return views.ok(VIEW, page(user, drafts.get(id), List.of(), done == null ? null : DONE.get(done)));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> approve(UUID id, ActingUser user, @Nullable @Body ReviewForm form) {
        ReviewForm approval = form == null ? new ReviewForm(null, null, null, null, null) : form;
        return step(id, user, "approved", () -> {
            Story story = reviews.approve(id, user, new ApprovalTerms(approval.correctionNote(),
                    approval.notifySubscribers() != null, PublishTimes.parse(approval.publishAt())));
            return story.status() == StoryStatus.SCHEDULED ? "scheduled" : "approved";
        });
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(UUID id, ActingUser user, @Nullable @Body ReviewForm form) {
        return step(id, user, "moved", () -> {
            Instant publishAt = PublishTimes.parse(form == null ? null : form.publishAt());
            if (publishAt == null) {
                throw new Invalid(PublishTimes.FIELD, "must not be blank");
            }
            schedules.move(id, user, publishAt);
            return "moved";
        });
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/unschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(UUID id, ActingUser user) {
        return step(id, user, "unscheduled", () -> {
            schedules.cancel(id, user);
            return "unscheduled";
        });
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(UUID id, ActingUser user, @Nullable @Body ReviewForm form) {
        return step(id, user, "rejected", () -> {
            requireValid(new Rejection(form == null ? null : form.comments()));
            reviews.reject(id, user, form.comments());
            return "rejected";
        });
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> retract(UUID id, ActingUser user, @Nullable @Body ReviewForm form) {
        return step(id, user, "retracted", () -> {
            requireValid(new Retraction(form == null ? null : form.reason()));
            reviews.retract(id, user, form.reason());
            return "retracted";
        });
    }

    /** Runs a step; {@code action} answers what was done, one of {@link #DONE}'s keys. */
    private HttpResponse<?> step(UUID id, ActingUser user, String done, Supplier<String> action) {
        try {
            String outcome = action.get();
            return HttpResponse.seeOther(URI.create(DeskSettings.ROOT + "/stories/" + id + "/review?done=" + outcome));
        } catch (Invalid invalid) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, id, user, invalid.errors(),
                    "Not " + done + ": fix what is marked below.");
        } catch (ConstraintViolationException incomplete) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, id, user,
                    Violations.asProblems(incomplete.getConstraintViolations(), ""),
                    "Not " + done + ": the story is incomplete.");
        } catch (DomainException refusal) {
            return refused(statusOf(refusal), id, user, List.of(), refusal.getMessage());
        }
    }

    private void requireValid(Object request) {
        List<FieldError> problems = Violations.asProblems(validator.validate(request), "");
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    private HttpResponse<String> refused(HttpStatus status, UUID id, ActingUser user, List<FieldError> problems,
                                         String notice) {
        return views.respond(status, VIEW, page(user, drafts.get(id), problems, notice));
    }

    private ReviewPage page(ActingUser user, Story story, List<FieldError> problems, String notice) {
        String refusal = story.status() == StoryStatus.IN_REVIEW
                ? fourEyes.refusalToApprove(story, user).orElse(null) : null;
        Integer version = story.currentVersion();
        // A correction in review is shown against the live version; otherwise what the last correction changed.
        VersionChanges changes = story.status() == StoryStatus.IN_REVIEW && story.correcting()
                ? diff.ofCorrection(story.id(), version, story.content())
                : version != null && version > 1 ? diff.between(story.id(), version - 1, version) : null;
        ScheduledPublication schedule = story.status() == StoryStatus.SCHEDULED ? schedules.get(story.id()) : null;
        return new ReviewPage(user, story, PerspectiveBar.of(story.content()), reviews.historyOf(story.id()),
                changes, schedule, refusal, new FieldProblems(problems), notice);
    }

    private static HttpStatus statusOf(DomainException refusal) {
        return switch (refusal) {
            case Refused refused -> HttpStatus.FORBIDDEN;
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case Conflict conflict -> HttpStatus.CONFLICT;
            case Invalid invalid -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
