package news.prism.notify.webhook;

import java.util.List;

/** A webhook request that passed {@link WebhookRules}: a checked URL, topic slugs, event type wire names. */
record ValidWebhook(String url, List<String> topics, List<String> eventTypes) {
}
