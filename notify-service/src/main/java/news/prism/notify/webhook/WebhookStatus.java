package news.prism.notify.webhook;

/**
 * ACTIVE webhooks are sent to. PAUSED ones (by a user) and DISABLED ones (by the service, with the reason: the
 * endpoint answered 410 Gone, or a delivery failed through the whole retry schedule) still have deliveries queued
 * for them, which wait until the webhook is resumed.
 */
public enum WebhookStatus {
    ACTIVE,
    PAUSED,
    DISABLED
}
