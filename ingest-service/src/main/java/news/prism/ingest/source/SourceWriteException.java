package news.prism.ingest.source;

import java.sql.SQLException;

/** A write the database refused; {@link #isUniqueViolation()} tells whether another row holds the same key. */
public class SourceWriteException extends RuntimeException {

    private static final String UNIQUE_VIOLATION = "23505";

    public SourceWriteException(String message, SQLException cause) {
        super(message, cause);
    }

    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
