package news.prism.render.retraction;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.StoryRetracted;
import news.prism.render.EventTopics;

/** A retracted story's pages come down. */
@Singleton
public class StoryRetractedHandler implements EventHandler<StoryRetracted> {

    private final EventTopics topics;
    private final PageWithdrawer withdrawer;

    public StoryRetractedHandler(EventTopics topics, PageWithdrawer withdrawer) {
        this.topics = topics;
        this.withdrawer = withdrawer;
    }

    @Override
    public String topic() {
        return topics.stories();
    }

    @Override
    public Class<StoryRetracted> eventType() {
        return StoryRetracted.class;
    }

    @Override
    public void handle(StoryRetracted event, EventEnvelope envelope) {
        withdrawer.withdraw(event, envelope);
    }
}
