package news.prism.story.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Conflict;
import news.prism.errors.FieldError;
import news.prism.errors.Invalid;
import news.prism.errors.Refused;
import news.prism.http.user.ActingUser;
import news.prism.story.publish.Publisher;
import news.prism.story.publish.Retractions;
import news.prism.story.publish.ScheduledPublication;
import news.prism.story.publish.ScheduledPublications;
import news.prism.story.publish.StoryVersion;
import news.prism.story.story.Story;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryShape;
import news.prism.story.story.StoryStatus;
import news.prism.story.story.StoryStore;

/**
 * Moves a story through review (see {@link StoryStatus} for the states): a draft is submitted, then approved by
 * another editor, which publishes it, or rejected back to a draft with the reviewer's comments; a published story
 * can be retracted, by someone other than its author unless an admin ({@link FourEyes}). Each step holds the
 * story's row lock, so two steps on one story never interleave, and writes the step, the new state and any event
 * in one transaction.
 */
@Singleton
public class Reviews {

    private static final String CORRECTION_NOTE = "correctionNote";
    private static final String NOTIFY_SUBSCRIBERS = "notifySubscribers";

    private final StoryStore stories;
    private final Completeness completeness;
    private final IntegrityCheck integrity;
    private final FourEyes fourEyes;
    private final Publisher publisher;
    private final Retractions retractions;
    private final ScheduledPublications schedules;
    private final ReviewHistory history;
    private final Clock clock;

    public Reviews(StoryStore stories, Completeness completeness, IntegrityCheck integrity, FourEyes fourEyes,
                   Publisher publisher, Retractions retractions, ScheduledPublications schedules,
                   ReviewHistory history, Clock clock) {
        this.stories = stories;
        this.completeness = completeness;
        this.integrity = integrity;
        this.fourEyes = fourEyes;
        this.publisher = publisher;
        this.retractions = retractions;
        this.schedules = schedules;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public Story submit(UUID id, ActingUser submitter) {
        Story story = lockIn(id, StoryStatus.DRAFT, "submitted");
        rejectBrokenRules(story, List.of());
        Instant now = clock.instant();
        Story submitted = story.movedTo(StoryStatus.IN_REVIEW, now);
        stories.update(submitted);
        history.record(submitted, ReviewAction.SUBMITTED, submitter, null, null, now);
        return submitted;
    }

    /**
     * Approves the next version and publishes it now: the version row and its StoryPublished event are written in
     * this transaction; or, with {@code publishAt}, schedules its publication (SCHEDULED until then, see
     * {@code publish.DuePublications}). A correction (a version is already out) must say what changed in
     * {@code correctionNote}, and may be mailed to the readers already sent the story ({@code notifySubscribers}).
     */
    @Transactional
    public Story approve(UUID id, ActingUser approver, ApprovalTerms approval) {
        Story story = lockIn(id, StoryStatus.IN_REVIEW, "approved");
        fourEyes.refusalToApprove(story, approver).ifPresent(Reviews::forbid);
        String note = blankToNull(approval.correctionNote());
        Instant now = clock.instant();
        List<FieldError> problems = new ArrayList<>(correctionNoteProblems(story, note));
        if (approval.notifySubscribers() && !story.correcting()) {
            problems.add(new FieldError(NOTIFY_SUBSCRIBERS,
                    "only a correction is mailed on request; a first publication is mailed to the topic's readers"));
        }
        if (approval.publishAt() != null && !approval.publishAt().isAfter(now)) {
            problems.add(ScheduleChanges.notInFuture(now));
        }
        rejectBrokenRules(story, problems);
        if (approval.publishAt() != null) {
            schedules.insert(new ScheduledPublication(id, story.nextVersion(), approval.publishAt(), approver.name(),
                    now, note, approval.notifySubscribers()));
            Story scheduled = story.movedTo(StoryStatus.SCHEDULED, now);
            stories.update(scheduled);
            history.record(scheduled, ReviewAction.APPROVED, approver, story.nextVersion(), note, now);
            return scheduled;
        }
        StoryVersion version = publisher.publish(story, approver.name(), note, approval.notifySubscribers(), now);
        Story approved = story.published(version.version(), now);
        stories.update(approved);
        history.record(approved, ReviewAction.APPROVED, approver, version.version(), note, now);
        return approved;
    }

    /** Sends a story in review back to its editors, with what the reviewer wants changed. */
    @Transactional
    public Story reject(UUID id, ActingUser reviewer, String comments) {
        Story story = lockIn(id, StoryStatus.IN_REVIEW, "rejected");
        Instant now = clock.instant();
        Story rejected = story.movedTo(StoryStatus.DRAFT, now);
        stories.update(rejected);
        history.record(rejected, ReviewAction.REJECTED, reviewer, null, comments.strip(), now);
        return rejected;
    }

    /**
     * Takes a published story down for good, whatever its working copy is doing, and tells downstream consumers
     * with StoryRetracted in this transaction.
     */
    @Transactional
    public Story retract(UUID id, ActingUser retractor, String reason) {
        Story story = stories.lock(id).orElseThrow(() -> StoryDrafts.notFound(id));
        if (!story.live()) {
            throw new Conflict("Story " + id + (story.status() == StoryStatus.RETRACTED
                    ? " is already RETRACTED" : " has never been published; only a published story can be retracted"));
        }
        fourEyes.refusalToRetract(story, retractor).ifPresent(Reviews::forbid);
        List<FieldError> problems = StoryShape.checkPlainText("reason", reason);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        Instant now = clock.instant();
        Story retracted = story.movedTo(StoryStatus.RETRACTED, now);
        // A correction scheduled for later is never published.
        schedules.delete(id);
        stories.update(retracted);
        history.record(retracted, ReviewAction.RETRACTED, retractor, retracted.currentVersion(), reason.strip(), now);
        retractions.announce(retracted, retractor, reason.strip(), now);
        return retracted;
    }

    @Transactional(readOnly = true)
    public List<ReviewEntry> historyOf(UUID id) {
        stories.find(id).orElseThrow(() -> StoryDrafts.notFound(id));
        return history.of(id);
    }

    private Story lockIn(UUID id, StoryStatus expected, String step) {
        Story story = stories.lock(id).orElseThrow(() -> StoryDrafts.notFound(id));
        if (story.status() != expected) {
            throw new Conflict("Story " + id + " is " + story.status() + "; only a story in "
                    + expected + " can be " + step);
        }
        return story;
    }

    private static List<FieldError> correctionNoteProblems(Story story, String note) {
        if (story.correcting() && note == null) {
            return List.of(new FieldError(CORRECTION_NOTE, "is required: version " + story.currentVersion()
                    + " is published, so this approval is a correction; say what was corrected"));
        }
        if (!story.correcting() && note != null) {
            return List.of(new FieldError(CORRECTION_NOTE,
                    "only a correction carries a note; this story has no published version yet"));
        }
        return StoryShape.checkPlainText(CORRECTION_NOTE, note);
    }

    /** A story must be complete, then keep every integrity rule; {@code more} are problems found by the caller. */
    private void rejectBrokenRules(Story story, List<FieldError> more) {
        completeness.require(story.content());
        List<FieldError> broken = new ArrayList<>(more);
        broken.addAll(integrity.check(story.content()));
        if (!broken.isEmpty()) {
            throw new Invalid(broken);
        }
    }

    private static void forbid(String refusal) {
        throw new Refused(refusal);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
