package news.prism.story.review;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import news.prism.http.problem.FieldError;
import news.prism.http.problem.InvalidRequestException;
import news.prism.http.problem.ProblemException;
import news.prism.story.publish.Publisher;
import news.prism.story.publish.StoryVersion;
import news.prism.story.story.Story;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryStatus;
import news.prism.story.story.StoryStore;
import news.prism.http.user.ActingUser;

/**
 * Moves a story through review: a draft is submitted, then approved by another editor, which publishes it.
 * Each step holds the story's row lock, so two steps on one story never interleave.
 */
@Singleton
public class Reviews {

    private final StoryStore stories;
    private final IntegrityCheck integrity;
    private final Publisher publisher;
    private final ReviewHistory history;
    private final Clock clock;

    public Reviews(StoryStore stories, IntegrityCheck integrity, Publisher publisher, ReviewHistory history,
                   Clock clock) {
        this.stories = stories;
        this.integrity = integrity;
        this.publisher = publisher;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public Story submit(UUID id, ActingUser submitter) {
        Story story = lockIn(id, StoryStatus.DRAFT, "submitted");
        rejectBrokenRules(story);
        Instant now = now();
        Story submitted = story.movedTo(StoryStatus.IN_REVIEW, now);
        stories.update(submitted);
        history.record(submitted, ReviewAction.SUBMITTED, submitter, null, null, now);
        return submitted;
    }

    /** Approves and publishes: the version row and its StoryPublished event are written in this transaction. */
    @Transactional
    public Story approve(UUID id, ActingUser approver) {
        Story story = lockIn(id, StoryStatus.IN_REVIEW, "approved");
        integrity.fourEyes(story, approver).ifPresent(refusal -> {
            throw new ProblemException(HttpStatus.FORBIDDEN, refusal.message());
        });
        rejectBrokenRules(story);
        Instant now = now();
        StoryVersion version = publisher.publish(story, approver, null, now);
        Story approved = story.published(version.version(), now);
        stories.update(approved);
        history.record(approved, ReviewAction.APPROVED, approver, version.version(), null, now);
        return approved;
    }

    private Story lockIn(UUID id, StoryStatus expected, String step) {
        Story story = stories.lock(id).orElseThrow(() -> StoryDrafts.notFound(id));
        if (story.status() != expected) {
            throw ProblemException.conflict("Story " + id + " is " + story.status() + "; only a story in "
                    + expected + " can be " + step);
        }
        return story;
    }

    private void rejectBrokenRules(Story story) {
        List<FieldError> broken = integrity.check(story.content());
        if (!broken.isEmpty()) {
            throw new InvalidRequestException(broken);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
