package news.prism.story.publish;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import news.prism.story.story.Story;
import news.prism.story.story.StoryStatus;
import news.prism.story.story.StoryStore;

/**
 * Publishes a scheduled story whose time has come, through {@link Publisher} as an immediate approval does: the
 * version, its StoryPublished event in the outbox, the story's new state and the end of its schedule are one
 * transaction. The story's row lock (taken with SKIP LOCKED) makes one instance publish it, and the schedule is
 * gone once that commits, so it is published exactly once whichever instances poll, and whenever they restart.
 */
@Singleton
public class DuePublications {

    private final ScheduledPublications schedules;
    private final StoryStore stories;
    private final Publisher publisher;
    private final Clock clock;

    public DuePublications(ScheduledPublications schedules, StoryStore stories, Publisher publisher, Clock clock) {
        this.schedules = schedules;
        this.stories = stories;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes the publication due longest, if any is due and not being published elsewhere; its version. */
    @Transactional
    public Optional<StoryVersion> publishNext() {
        Instant now = clock.instant();
        return schedules.lockNextDue(now).map(id -> publish(id, now));
    }

    private StoryVersion publish(UUID id, Instant now) {
        Story story = stories.lock(id).filter(found -> found.status() == StoryStatus.SCHEDULED)
                .orElseThrow(() -> new IllegalStateException("Story " + id + " left SCHEDULED while locked"));
        ScheduledPublication schedule = schedules.find(id)
                .orElseThrow(() -> new IllegalStateException("Story " + id + " is SCHEDULED without a schedule"));
        StoryVersion version = publisher.publish(story, schedule.approvedBy(), schedule.correctionNote(),
                schedule.notifySubscribers(), now);
        stories.update(story.published(version.version(), now));
        schedules.delete(id);
        return version;
    }
}
