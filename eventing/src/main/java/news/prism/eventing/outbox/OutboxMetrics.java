package news.prism.eventing.outbox;

import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import news.prism.eventing.metrics.DatabaseGauges;

/** The outbox's backlog: how many events wait to be sent, and how old the oldest of them is. */
@Context
public class OutboxMetrics {

    public OutboxMetrics(DatabaseGauges gauges) {
        gauges.register("prism.outbox.backlog", "Events in the outbox not yet sent to Kafka", null,
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL", Tags.empty());
        gauges.register("prism.outbox.oldest.unsent.age", "Age of the oldest event in the outbox not yet sent",
                "seconds", """
                        SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)
                        FROM outbox WHERE sent_at IS NULL""", Tags.empty());
    }
}
