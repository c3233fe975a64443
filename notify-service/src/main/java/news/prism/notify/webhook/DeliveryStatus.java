package news.prism.notify.webhook;

/** PENDING until the endpoint answered 2xx (DELIVERED), or it answered 410 or the retry schedule ran out (FAILED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
