package news.prism.eventing.inbox;

import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import news.prism.eventing.metrics.DatabaseGauges;

/**
 * The inbox's size. It is PostgreSQL's own count of live rows, which moves with every commit, rather than
 * {@code count(*)}, which would read the whole table at every scrape.
 */
@Context
public class InboxMetrics {

    public InboxMetrics(DatabaseGauges gauges) {
        gauges.register("prism.inbox.events", "Ids of handled events, kept so that a redelivery changes nothing",
                null, "SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'inbox'", Tags.empty());
    }
}
