package news.prism.notify.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.notify.deliveries.*}: a page that records at least {@code analyzeFrom} deliveries at once refreshes
 * the database's statistics of {@code deliveries} and {@code mails} in the same transaction. Without that, the
 * planner goes on believing the statistics of before the fan-out until autovacuum catches up (a minute or more):
 * with the queue's partial index {@code mails_due} counted nearly empty, it reads the whole index to mark each mail
 * sent instead of using the primary key, a few milliseconds per mail where a tenth of one would do.
 */
@ConfigurationProperties("prism.notify.deliveries")
public record DeliverySettings(int analyzeFrom) {
}
