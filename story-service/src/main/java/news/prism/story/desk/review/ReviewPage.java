package news.prism.story.desk.review;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import news.prism.http.user.ActingUser;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.desk.editor.PerspectiveBar;
import news.prism.story.publish.ScheduledPublication;
import news.prism.story.publish.VersionChanges;
import news.prism.story.review.ReviewEntry;
import news.prism.story.story.Story;

/**
 * A story as its reviewer sees it: the reader's page in preview, its review history, and what the signed-in user
 * may do with it now. {@code approvalRefusal} says why four eyes keeps this user from approving it;
 * {@code correction} is, field by field, what the correction in review changes in the live version, or else
 * what the latest published correction changed; {@code schedule} is the
 * pending publication of a SCHEDULED story.
 */
public record ReviewPage(
        ActingUser user,
        Story story,
        PerspectiveBar bar,
        List<ReviewEntry> history,
        @Nullable VersionChanges correction,
        @Nullable ScheduledPublication schedule,
        @Nullable String approvalRefusal,
        FieldProblems problems,
        @Nullable String notice) {

    /** When the scheduled publication goes out, as the desk shows times. */
    public String scheduledFor() {
        return schedule == null ? "" : PublishTimes.shown(schedule.publishAt());
    }

    public boolean reviewer() {
        return user.hasRole("editor") || user.hasRole("admin");
    }
}
