package news.prism.notify.webhook;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.outbox.EventingSettings;
import news.prism.events.PagePublished;
import news.prism.events.PageWithdrawn;

/**
 * Turns the page events this service consumes into deliveries, in the consumer's transaction with its inbox claim:
 * one per webhook (active or paused) that wants the event type and the story's topic, with its body composed now,
 * so that every attempt sends the same bytes. A page event handled again records nothing new.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class WebhookEvents {

    private final DeliveryQueue queue;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    WebhookEvents(DeliveryQueue queue, JsonMapper json, EventingSettings eventing, Clock clock) {
        this.queue = queue;
        this.json = json;
        this.source = eventing.source();
        this.clock = clock;
    }

    /** {@code story.corrected} when the page corrects an earlier version, {@code story.published} otherwise. */
    public void published(PagePublished page, EventEnvelope envelope) {
        WebhookEventType type = page.getCorrection() ? WebhookEventType.STORY_CORRECTED
                : WebhookEventType.STORY_PUBLISHED;
        record(type, page.getStoryId(), page.getTopicSlug(), StoryPage.of(page), envelope);
    }

    public void retracted(PageWithdrawn page, EventEnvelope envelope) {
        record(WebhookEventType.STORY_RETRACTED, page.getStoryId(), page.getTopicSlug(), RetractedStory.of(page),
                envelope);
    }

    private void record(WebhookEventType type, String storyId, String topic, Object data, EventEnvelope envelope) {
        List<UUID> webhooks = queue.webhooksFor(type, topic);
        List<DeliveryQueue.NewDelivery> deliveries = new ArrayList<>(webhooks.size());
        for (UUID webhook : webhooks) {
            UUID id = UUID.randomUUID();
            CloudEvent<Object> event = new CloudEvent<>(CloudEvent.SPEC_VERSION, id.toString(), source,
                    type.cloudEventType(), storyId, envelope.time().toString(), CloudEvent.DATA_CONTENT_TYPE, data);
            deliveries.add(new DeliveryQueue.NewDelivery(id, webhook, envelope.id(), type, storyId, body(event)));
        }
        queue.enqueue(deliveries, clock.instant());
    }

    private String body(CloudEvent<Object> event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a webhook body", e);
        }
    }
}
