package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Looks up the source whose unique column holds a value, in the caller's transaction. */
final class ExactMatchQuery {

    private final JdbcOperations jdbc;
    private final String sql;

    ExactMatchQuery(JdbcOperations jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    Optional<UUID> find(String value) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                statement.setString(1, value);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not look for a duplicate source", e);
            }
        });
    }
}
