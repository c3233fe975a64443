package news.prism.notify.subscription;

import java.util.UUID;

public record Subscriber(UUID id, String email, SubscriberStatus status) {
}
