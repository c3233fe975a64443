package news.prism.notify.subscription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/subscriptions} as JSON. Checked by {@link SubscriptionRules}, which names every bad field. */
@Serdeable
public record SubscribeRequest(@Nullable String email, @Nullable List<String> topics) {
}
