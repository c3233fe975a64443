package news.prism.render.retraction;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.StoryRetracted;
import news.prism.render.RenderTopics;

/** A retracted story's pages come down. */
@Singleton
public class StoryRetractedHandler extends TopicHandler<StoryRetracted> {

    private final PageWithdrawer withdrawer;

    public StoryRetractedHandler(RenderTopics topics, PageWithdrawer withdrawer) {
        super(topics.stories(), StoryRetracted.class);
        this.withdrawer = withdrawer;
    }

    @Override
    public void handle(StoryRetracted event, EventEnvelope envelope) {
        withdrawer.withdraw(event, envelope);
    }
}
