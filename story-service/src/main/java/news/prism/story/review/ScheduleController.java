package news.prism.story.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.UUID;
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.story.publish.ScheduledPublication;
import news.prism.story.review.ReviewRequests.Reschedule;
import news.prism.story.story.StoryView;
import news.prism.story.story.StoryViews;

/**
 * {@code GET /api/stories/{id}/schedule}: the pending publication of a story approved with {@code publishAt};
 * {@code PUT} {@code {publishAt}} moves it, {@code DELETE} cancels it (the story goes back to IN_REVIEW).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/stories/{id}/schedule")
@ExecuteOn(TaskExecutors.IO)
public class ScheduleController {

    private final ScheduleChanges schedules;
    private final StoryViews views;

    public ScheduleController(ScheduleChanges schedules, StoryViews views) {
        this.schedules = schedules;
        this.views = views;
    }

    @Get
    public ScheduledPublication get(UUID id) {
        return schedules.get(id);
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Put
    public ScheduledPublication move(UUID id, ActingUser editor, @Valid @Nullable @Body Reschedule reschedule) {
        if (reschedule == null) {
            throw new Invalid(ScheduleChanges.PUBLISH_AT, "must not be null");
        }
        return schedules.move(id, editor, reschedule.instant());
    }

    @Secured({Roles.EDITOR, Roles.ADMIN})
    @Delete
    public StoryView cancel(UUID id, ActingUser editor) {
        return views.of(schedules.cancel(id, editor));
    }
}
