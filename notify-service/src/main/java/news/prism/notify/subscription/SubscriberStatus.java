package news.prism.notify.subscription;

/**
 * PENDING until the first confirmation; UNSUBSCRIBED after a one-click unsubscribe, until the reader subscribes
 * again.
 */
public enum SubscriberStatus {
    PENDING,
    ACTIVE,
    UNSUBSCRIBED
}
