package news.prism.story.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.review.ReviewRequests.Approval;
import news.prism.story.review.ReviewRequests.Rejection;
import news.prism.story.review.ReviewRequests.Retraction;
import news.prism.story.story.StoryView;
import news.prism.story.story.StoryViews;

/**
 * {@code POST /api/stories/{id}/submit}, {@code /approve}, {@code /reject} and {@code /retract}, each answering
 * with the story as it now is, and {@code GET /api/stories/{id}/reviews}, the review history.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/stories/{id}")
@ExecuteOn(TaskExecutors.IO)
public class ReviewController {

    private final Reviews reviews;
    private final StoryViews views;

    public ReviewController(Reviews reviews, StoryViews views) {
        this.reviews = reviews;
        this.views = views;
    }

    @Secured({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    @Post("/submit")
    public StoryView submit(UUID id, ActingUser submitter) {
        return views.of(reviews.submit(id, submitter));
    }

    /**
     * The body may be left out for a first publication published now; a correction needs
     * {@code {"correctionNote": "..."}}, and may carry {@code notifySubscribers}; {@code publishAt} schedules it.
     */
    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/approve")
    public StoryView approve(UUID id, ActingUser approver, @Valid @Nullable @Body Approval approval) {
        return views.of(reviews.approve(id, approver, approval == null ? ApprovalTerms.NOW : approval.terms()));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/reject")
    public StoryView reject(UUID id, ActingUser reviewer, @Valid @Nullable @Body Rejection rejection) {
        if (rejection == null) {
            throw new Invalid("comments", "must not be blank");
        }
        return views.of(reviews.reject(id, reviewer, rejection.comments()));
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Post("/retract")
    public StoryView retract(UUID id, ActingUser retractor, @Valid @Nullable @Body Retraction retraction) {
        if (retraction == null) {
            throw new Invalid("reason", "must not be blank");
        }
        return views.of(reviews.retract(id, retractor, retraction.reason()));
    }

    @Get("/reviews")
    public List<ReviewEntry> history(UUID id) {
        return reviews.historyOf(id);
    }
}
