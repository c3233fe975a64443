package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Lets one intake at a time, across threads and instances, go from its decisions to its commit. Unique constraints
 * catch exact duplicates whatever the timing, but not near duplicates: two arriving together would each look before
 * the other had committed, and both be stored unlinked. Taken after the guid locks ({@link SourceGuids#lockAll}),
 * always in that order, so that intakes cannot deadlock on them. Intakes store signatures only while holding it,
 * which {@link SignatureIndex#candidates} relies on.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class DecisionLock {

    /** Advisory locks taken here use this first key, so they never meet another subsystem's. */
    private static final int LOCK_SPACE = 0x5052444c;
    private static final String LOCK = "SELECT pg_advisory_xact_lock(?, 0)";

    private final JdbcOperations jdbc;

    public DecisionLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the intakes deciding now to commit; held until this transaction ends. */
    public void lock() {
        jdbc.prepareStatement(LOCK, statement -> {
            try {
                statement.setInt(1, LOCK_SPACE);
                try (ResultSet ignored = statement.executeQuery()) {
                    return true;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the intake decision lock", e);
            }
        });
    }
}
