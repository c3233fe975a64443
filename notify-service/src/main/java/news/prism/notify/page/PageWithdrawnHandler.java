package news.prism.notify.page;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PageWithdrawn;
import news.prism.notify.NotifyTopics;
import news.prism.notify.notice.Notices;
import news.prism.notify.webhook.WebhookEvents;

/**
 * A retracted story's page is withdrawn: no mail about it goes out any more (story mails still queued are dropped
 * by the dispatcher, which checks the page before it sends), the readers who were sent it get a retraction notice,
 * and webhooks are told.
 */
@Singleton
class PageWithdrawnHandler extends TopicHandler<PageWithdrawn> {

    private final PageStore pages;
    private final Notices notices;
    private final WebhookEvents webhooks;

    PageWithdrawnHandler(NotifyTopics topics, PageStore pages, Notices notices, WebhookEvents webhooks) {
        super(topics.pages(), PageWithdrawn.class);
        this.pages = pages;
        this.notices = notices;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(PageWithdrawn event, EventEnvelope envelope) {
        pages.withdraw(event.getStoryId(), event.getWithdrawnAt());
        pages.find(event.getStoryId()).ifPresent(notices::retraction);
        webhooks.retracted(event, envelope);
    }
}
