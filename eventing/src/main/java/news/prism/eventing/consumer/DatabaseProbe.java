package news.prism.eventing.consumer;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/** Asks whether the service's database answers now: a failure while it does not is no reason to park an event. */
@Singleton
public class DatabaseProbe {

    private final TransactionOperations<Connection> transactions;
    private final int timeoutSeconds;

    public DatabaseProbe(TransactionOperations<Connection> transactions, ConsumerSettings settings) {
        this.transactions = transactions;
        this.timeoutSeconds = (int) Math.max(1, settings.databaseProbeTimeout().toSeconds());
    }

    public boolean isReachable() {
        try {
            return transactions.executeRead(status -> status.getConnection().isValid(timeoutSeconds));
        } catch (RuntimeException unreachable) {
            return false;
        }
    }
}
