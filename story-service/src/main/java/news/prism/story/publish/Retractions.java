package news.prism.story.publish;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import news.prism.eventing.outbox.Outbox;
import news.prism.events.StoryRetracted;
import news.prism.http.user.ActingUser;
import news.prism.story.StoryTopics;
import news.prism.story.story.Story;

/**
 * Tells downstream consumers that a published story was taken down: {@code StoryRetracted}, in the caller's
 * transaction.
 */
@Singleton
public class Retractions {

    private final Outbox outbox;
    private final String topic;

    public Retractions(Outbox outbox, StoryTopics topics) {
        this.outbox = outbox;
        this.topic = topics.stories();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(Story story, ActingUser retractedBy, String reason, Instant retractedAt) {
        outbox.add(topic, story.id().toString(), StoryRetracted.newBuilder()
                .setStoryId(story.id().toString())
                .setSlug(story.slug())
                .setTopicSlug(story.content().topic().slug())
                .setReason(reason)
                .setRetractedBy(retractedBy.name())
                .setRetractedAt(retractedAt)
                .build());
    }
}
