package news.prism.story.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Conflict;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.http.user.ActingUser;
import news.prism.story.publish.ScheduledPublication;
import news.prism.story.publish.ScheduledPublications;
import news.prism.story.story.Story;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryStatus;
import news.prism.story.story.StoryStore;

/**
 * Reading, moving and cancelling the scheduled publication of a story approved with {@code publishAt}. Only while
 * the story is SCHEDULED: once published, it is a 409. Cancelling takes the approval back: the story returns to
 * IN_REVIEW, unchanged, for an editor to approve again (now or for another time) or reject. Each change holds the
 * story's row lock, as the publication itself does, so a change and the publication never both happen.
 */
@Singleton
public class ScheduleChanges {

    static final String PUBLISH_AT = "publishAt";

    private final StoryStore stories;
    private final ScheduledPublications schedules;
    private final ReviewHistory history;
    private final Clock clock;

    public ScheduleChanges(StoryStore stories, ScheduledPublications schedules, ReviewHistory history, Clock clock) {
        this.stories = stories;
        this.schedules = schedules;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScheduledPublication get(UUID id) {
        stories.find(id).orElseThrow(() -> StoryDrafts.notFound(id));
        return schedules.find(id).orElseThrow(() -> new NotFound("Story " + id + " has no scheduled publication"));
    }

    @Transactional
    public ScheduledPublication move(UUID id, ActingUser editor, Instant publishAt) {
        Story story = lockScheduled(id, "moved");
        Instant now = clock.instant();
        if (!publishAt.isAfter(now)) {
            throw new Invalid(List.of(notInFuture(now)));
        }
        ScheduledPublication moved = schedules.find(id).orElseThrow().movedTo(publishAt);
        schedules.move(id, publishAt);
        stories.update(story.movedTo(StoryStatus.SCHEDULED, now));
        history.record(story, ReviewAction.RESCHEDULED, editor, moved.version(), publishAt.toString(), now);
        return moved;
    }

    @Transactional
    public Story cancel(UUID id, ActingUser editor) {
        Story story = lockScheduled(id, "cancelled");
        Instant now = clock.instant();
        schedules.delete(id);
        Story inReview = story.movedTo(StoryStatus.IN_REVIEW, now);
        stories.update(inReview);
        history.record(inReview, ReviewAction.UNSCHEDULED, editor, null, null, now);
        return inReview;
    }

    static FieldError notInFuture(Instant now) {
        return new FieldError(PUBLISH_AT, "must be a time to come, after " + now);
    }

    private Story lockScheduled(UUID id, String step) {
        Story story = stories.lock(id).orElseThrow(() -> StoryDrafts.notFound(id));
        if (story.status() != StoryStatus.SCHEDULED) {
            throw new Conflict("Story " + id + " is " + story.status() + "; only the publication of a SCHEDULED "
                    + "story can be " + step + (story.status() == StoryStatus.APPROVED ? " (it has been published)" : ""));
        }
        return story;
    }
}
