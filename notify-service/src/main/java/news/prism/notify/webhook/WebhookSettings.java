package news.prism.notify.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * {@code prism.notify.webhooks.*}. Whether this instance sends at all ({@code dispatcher-enabled}) is read by
 * {@link WebhookDispatcher}'s {@code @Requires}.
 *
 * @param senders               threads per instance, each sending one delivery at a time
 * @param batchSize             due deliveries a sender claims at a time
 * @param claimLease            how long a claim holds; a sender sends from a batch only in its first half
 * @param dispatchInterval      how often an idle sender looks for due deliveries when nothing woke it
 * @param connectTimeout        to open the connection to the endpoint
 * @param requestTimeout        for the whole exchange, from connecting to the last byte of the answer
 * @param retrySchedule         the waits before the 2nd, 3rd... attempt; after the last one fails the delivery is
 *                              FAILED and its webhook DISABLED with the reason
 * @param secretGracePeriod     how long the previous secret still signs after a rotation
 * @param allowPrivateAddresses whether webhooks may point at addresses that are not public unicast; off in
 *                              production, on for a local stack or tests with a receiver on loopback
 * @param maxUrlLength          the longest webhook URL accepted
 * @param maxTopics             topics one webhook may name
 * @param deliveriesListed      how many of a webhook's newest deliveries its deliveries list shows
 * @param userAgent             sent with every delivery
 */
@ConfigurationProperties("prism.notify.webhooks")
public record WebhookSettings(
        int senders,
        int batchSize,
        Duration claimLease,
        Duration dispatchInterval,
        Duration connectTimeout,
        Duration requestTimeout,
        List<Duration> retrySchedule,
        Duration secretGracePeriod,
        boolean allowPrivateAddresses,
        int maxUrlLength,
        int maxTopics,
        int deliveriesListed,
        String userAgent) {

    public WebhookSettings {
        retrySchedule = List.copyOf(retrySchedule);
    }
}
