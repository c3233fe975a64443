package news.prism.notify.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/webhooks}: where to send and what; checked by {@link WebhookRules}. */
@Serdeable
public record WebhookRequest(@Nullable String url, @Nullable List<String> topics, @Nullable List<String> eventTypes) {
}
