package news.prism.story.publish;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import news.prism.eventing.outbox.Outbox;
import news.prism.story.StoryTopics;
import news.prism.story.story.PerspectiveShares;
import news.prism.story.story.ReadingTime;
import news.prism.story.story.Story;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StorySettings;

/**
 * Publishes a story's next version: fills in what is computed (shares, reading time, first publication), keeps
 * the version for good and puts its {@code StoryPublished} event in the outbox, in the caller's transaction.
 */
@Singleton
public class Publisher {

    private final StoryVersions versions;
    private final Outbox outbox;
    private final StorySettings settings;
    private final String topic;

    public Publisher(StoryVersions versions, Outbox outbox, StorySettings settings, StoryTopics topics) {
        this.versions = versions;
        this.outbox = outbox;
        this.settings = settings;
        this.topic = topics.stories();
    }

    /**
     * @param approvedBy        the name of the editor who approved it
     * @param correctionNote    shown on the page of a correction; null for a first publication
     * @param notifySubscribers on a correction: mail it to the readers already sent the story
     * @param publishedAt       when readers get it: now, or the time its publication was scheduled for
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoryVersion publish(Story story, String approvedBy, String correctionNote, boolean notifySubscribers,
                                Instant publishedAt) {
        StoryContent content = PerspectiveShares.fill(story.content());
        StoryVersion version = new StoryVersion(story.id(), story.nextVersion(), story.slug(), content,
                ReadingTime.minutes(content, settings.readingWordsPerMinute()), story.author(), approvedBy,
                publishedAt, story.everPublished() ? story.firstPublishedAt() : publishedAt, correctionNote,
                notifySubscribers);
        versions.insert(version);
        outbox.add(topic, story.id().toString(), StoryPublishedEvents.of(version));
        return version;
    }
}
