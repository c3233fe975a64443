package news.prism.notify.page;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PageWithdrawn;

/**
 * A retracted story's page is withdrawn: no mail about it goes out any more. Deliveries still queued are dropped
 * by the dispatcher, which checks the page before it sends.
 */
@Singleton
class PageWithdrawnHandler implements EventHandler<PageWithdrawn> {

    private final String topic;
    private final PageStore pages;

    PageWithdrawnHandler(@Value("${prism.topics.pages}") String topic, PageStore pages) {
        this.topic = topic;
        this.pages = pages;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Class<PageWithdrawn> eventType() {
        return PageWithdrawn.class;
    }

    @Override
    public void handle(PageWithdrawn event, EventEnvelope envelope) {
        pages.withdraw(event.getStoryId(), event.getWithdrawnAt());
    }
}
