package news.prism.notify.page;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PagePublished;
import news.prism.notify.NotifyTopics;
import news.prism.notify.delivery.Deliveries;
import news.prism.notify.webhook.WebhookEvents;

/**
 * A published page (a first version or a correction) is owed to every active subscriber of its topic. Runs in the
 * consumer's transaction with the inbox claim; mails go out later, from the dispatcher.
 */
@Singleton
class PagePublishedHandler extends TopicHandler<PagePublished> {

    private final PageStore pages;
    private final Deliveries deliveries;
    private final WebhookEvents webhooks;

    PagePublishedHandler(NotifyTopics topics, PageStore pages, Deliveries deliveries, WebhookEvents webhooks) {
        super(topics.pages(), PagePublished.class);
        this.pages = pages;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(PagePublished event, EventEnvelope envelope) {
        pages.save(event);
        Page page = pages.find(event.getStoryId()).orElseThrow();
        if (!page.withdrawn()) {
            deliveries.recordForSubscribersOf(page);
        }
        webhooks.published(event, envelope);
    }
}
