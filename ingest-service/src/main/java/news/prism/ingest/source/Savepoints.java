package news.prism.ingest.source;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Runs a write that a unique constraint may refuse, so that the refusal undoes only that write and the rest of the
 * transaction (e.g. the consumer's inbox claim and other events of its poll) stays usable.
 */
@Singleton
public class Savepoints {

    private final JdbcOperations jdbc;

    public Savepoints(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when a unique constraint refused the write ({@link SourceTakenException}), which is then undone */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean unlessTaken(Runnable write) {
        Connection connection = jdbc.getConnection();
        Savepoint savepoint = set(connection);
        try {
            write.run();
        } catch (SourceTakenException e) {
            rollBack(connection, savepoint);
            return false;
        }
        release(connection, savepoint);
        return true;
    }

    private static Savepoint set(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a savepoint", e);
        }
    }

    private static void rollBack(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll back to a savepoint", e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release a savepoint", e);
        }
    }
}
