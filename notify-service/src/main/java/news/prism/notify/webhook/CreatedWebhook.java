package news.prism.notify.webhook;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to a create: the webhook and its signing secret, which is shown this once. */
@Serdeable
public record CreatedWebhook(Webhook webhook, String secret) {
}
