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
import news.prism.http.user.ActingUser;

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

    /** @param correctionNote shown on the page of a correction; null for a first publication */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoryVersion publish(Story story, ActingUser approver, String correctionNote, Instant approvedAt) {
        StoryContent content = PerspectiveShares.fill(story.content());
        StoryVersion version = new StoryVersion(story.id(), story.nextVersion(), story.slug(), content,
                ReadingTime.minutes(content, settings.readingWordsPerMinute()), story.author(), approver.name(),
                approvedAt, story.everPublished() ? story.firstPublishedAt() : approvedAt, correctionNote);
        versions.insert(version);
        outbox.add(topic, story.id().toString(), StoryPublishedEvents.of(version));
        return version;
    }
}
