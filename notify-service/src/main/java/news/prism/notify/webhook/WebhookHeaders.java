package news.prism.notify.webhook;

/** The headers of the Standard Webhooks specification that every delivery carries. */
final class WebhookHeaders {

    /** The delivery's id, the same on every attempt. */
    static final String ID = "webhook-id";
    /** When the attempt was signed, in seconds since the epoch. */
    static final String TIMESTAMP = "webhook-timestamp";
    /** {@code v1,<base64 signature>}, space-separated when more than one secret signs. */
    static final String SIGNATURE = "webhook-signature";

    private WebhookHeaders() {
    }
}
