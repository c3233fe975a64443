package news.prism.render.publish;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.StoryPublished;
import news.prism.render.EventTopics;

/** Every approved story version on the stories topic becomes a page. */
@Singleton
public class StoryPublishedHandler implements EventHandler<StoryPublished> {

    private final EventTopics topics;
    private final PagePublisher publisher;

    public StoryPublishedHandler(EventTopics topics, PagePublisher publisher) {
        this.topics = topics;
        this.publisher = publisher;
    }

    @Override
    public String topic() {
        return topics.stories();
    }

    @Override
    public Class<StoryPublished> eventType() {
        return StoryPublished.class;
    }

    @Override
    public void handle(StoryPublished event, EventEnvelope envelope) {
        publisher.publish(event, envelope);
    }
}
