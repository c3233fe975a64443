package news.prism.notify.page;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PageWithdrawn;
import news.prism.notify.NotifyTopics;
import news.prism.notify.webhook.WebhookEvents;

/**
 * A retracted story's page is withdrawn: no mail about it goes out any more. Deliveries still queued are dropped
 * by the dispatcher, which checks the page before it sends.
 */
@Singleton
class PageWithdrawnHandler extends TopicHandler<PageWithdrawn> {

    private final PageStore pages;
    private final WebhookEvents webhooks;

    PageWithdrawnHandler(NotifyTopics topics, PageStore pages, WebhookEvents webhooks) {
        super(topics.pages(), PageWithdrawn.class);
        this.pages = pages;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(PageWithdrawn event, EventEnvelope envelope) {
        pages.withdraw(event.getStoryId(), event.getWithdrawnAt());
        webhooks.retracted(event, envelope);
    }
}
