package news.prism.notify.delivery;

import java.util.UUID;
import news.prism.events.DeliveryChannel;

/** One story owed to one subscriber, over one channel. */
public record Delivery(UUID id, UUID subscriberId, String storyId, int version, String topicSlug,
                       DeliveryChannel channel) {
}
