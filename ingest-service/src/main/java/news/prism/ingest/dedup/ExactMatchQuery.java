package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the source any of whose versions holds a value in a column, in the caller's transaction; the earliest
 * such source if there are several, and never {@code self}.
 */
final class ExactMatchQuery {

    private final JdbcOperations jdbc;
    private final String sql;

    ExactMatchQuery(JdbcOperations jdbc, String column) {
        this.jdbc = jdbc;
        this.sql = """
                SELECT v.source_id FROM source_versions v JOIN sources s ON s.id = v.source_id
                WHERE v.%s = ? AND v.source_id IS DISTINCT FROM ?
                ORDER BY s.ingested_at, s.id LIMIT 1""".formatted(column);
    }

    Optional<UUID> find(String value, UUID self) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                statement.setString(1, value);
                statement.setObject(2, self);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not look for a duplicate source", e);
            }
        });
    }
}
