package news.prism.notify.page;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PagePublished;
import news.prism.notify.delivery.Deliveries;

/**
 * A published page (a first version or a correction) is owed to every active subscriber of its topic. Runs in the
 * consumer's transaction with the inbox claim; mails go out later, from the dispatcher.
 */
@Singleton
class PagePublishedHandler implements EventHandler<PagePublished> {

    private final String topic;
    private final PageStore pages;
    private final Deliveries deliveries;

    PagePublishedHandler(@Value("${prism.topics.pages}") String topic, PageStore pages, Deliveries deliveries) {
        this.topic = topic;
        this.pages = pages;
        this.deliveries = deliveries;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Class<PagePublished> eventType() {
        return PagePublished.class;
    }

    @Override
    public void handle(PagePublished event, EventEnvelope envelope) {
        pages.save(event);
        Page page = pages.find(event.getStoryId()).orElseThrow();
        if (!page.withdrawn()) {
            deliveries.recordForSubscribersOf(page);
        }
    }
}
