package news.prism.notify.preferences;

import io.micronaut.serde.annotation.Serdeable;
import news.prism.notify.subscription.Frequency;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;

/** One of a reader's topics: confirmed or still PENDING, and how its stories reach them. */
@Serdeable
public record TopicPreference(String topic, TopicStatus status, Frequency frequency) {
}
