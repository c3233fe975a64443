package news.prism.eventing.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import news.prism.data.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges whose value is one number that the service's database answers at each scrape (a queue's depth, a backlog's
 * age). While the database does not answer a gauge reads NaN, which no alert mistakes for zero.
 */
@Singleton
public class DatabaseGauges {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseGauges.class);

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;
    private final MeterRegistry registry;

    public DatabaseGauges(TransactionOperations<Connection> transactions, Sql sql, MeterRegistry registry) {
        this.transactions = transactions;
        this.sql = sql;
        this.registry = registry;
    }

    /**
     * @param baseUnit null for a plain count
     * @param query    a statement answering one row of one number
     */
    public void register(String name, String description, String baseUnit, String query, Tags tags) {
        Gauge.builder(name, () -> read(name, query)).description(description).baseUnit(baseUnit).tags(tags)
                .register(registry);
    }

    private double read(String name, String query) {
        try {
            return transactions.executeRead(status -> sql.list(query, row -> row.getDouble(1)).stream().findFirst()
                    .orElse(Double.NaN));
        } catch (RuntimeException databaseAway) {
            LOG.debug("Gauge {} not readable", name, databaseAway);
            return Double.NaN;
        }
    }
}
