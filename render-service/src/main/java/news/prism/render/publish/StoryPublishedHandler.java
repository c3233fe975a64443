package news.prism.render.publish;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.StoryPublished;
import news.prism.render.RenderTopics;

/** Every approved story version on the stories topic becomes a page. */
@Singleton
public class StoryPublishedHandler extends TopicHandler<StoryPublished> {

    private final PagePublisher publisher;

    public StoryPublishedHandler(RenderTopics topics, PagePublisher publisher) {
        super(topics.stories(), StoryPublished.class);
        this.publisher = publisher;
    }

    @Override
    public void handle(StoryPublished event, EventEnvelope envelope) {
        publisher.publish(event, envelope);
    }
}
