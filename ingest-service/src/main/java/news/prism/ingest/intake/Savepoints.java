package news.prism.ingest.intake;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import news.prism.data.Sql;

/**
 * Runs a write that a unique constraint may refuse, so that the refusal undoes only that write and the rest of the
 * transaction (e.g. the consumer's inbox claim and other events of its poll) stays usable.
 */
@Singleton
public class Savepoints {

    private final Sql sql;

    public Savepoints(Sql sql) {
        this.sql = sql;
    }

    /** @return false when a unique constraint refused the write ({@link SourceTakenException}), which is then undone */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean unlessTaken(Runnable write) {
        return sql.inSavepoint(write, SourceTakenException.class);
    }
}
