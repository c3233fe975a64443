package news.prism.notify.page;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.PagePublished;
import news.prism.notify.NotifyTopics;
import news.prism.notify.delivery.Deliveries;
import news.prism.notify.notice.Notices;
import news.prism.notify.webhook.WebhookEvents;

/**
 * A story's first page is owed to every active subscriber of its topic. A correction is not news: it is mailed, as a
 * correction, only when the editor chose to tell readers, and only to those who were sent the story. Webhooks get
 * every version. Runs in the consumer's transaction with the inbox claim; mails and webhook deliveries go out later,
 * from their dispatchers.
 */
@Singleton
class PagePublishedHandler extends TopicHandler<PagePublished> {

    private final PageStore pages;
    private final Deliveries deliveries;
    private final Notices notices;
    private final WebhookEvents webhooks;

    PagePublishedHandler(NotifyTopics topics, PageStore pages, Deliveries deliveries, Notices notices,
                         WebhookEvents webhooks) {
        super(topics.pages(), PagePublished.class);
        this.pages = pages;
        this.deliveries = deliveries;
        this.notices = notices;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(PagePublished event, EventEnvelope envelope) {
        pages.save(event);
        Page page = pages.find(event.getStoryId()).orElseThrow();
        if (page.withdrawn()) {
            return;
        }
        if (!event.getCorrection()) {
            deliveries.recordForSubscribersOf(page);
        } else if (event.getNotifySubscribers()) {
            notices.correction(event.getStoryId(), event.getVersion(), event.getCorrectionNote());
        }
        webhooks.published(event, envelope);
    }
}
