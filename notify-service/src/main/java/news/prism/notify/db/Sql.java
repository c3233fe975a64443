package news.prism.notify.db;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL on the connection of the current transaction. The stores speak PostgreSQL directly because what
 * they rely on ({@code ON CONFLICT}, {@code FOR UPDATE SKIP LOCKED}, {@code RETURNING}) is PostgreSQL's.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, parameters);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("Statement failed: " + e.getMessage(), e);
            }
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                    return result;
                }
            } catch (SQLException e) {
                throw new DataAccessException("Query failed: " + e.getMessage(), e);
            }
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new DataAccessException("Expected at most one row, got " + rows.size());
        }
        return rows.stream().findFirst();
    }

    /** A {@code uuid[]} parameter, for {@code = ANY (?)}. */
    public static UuidArray uuids(Collection<UUID> ids) {
        return new UuidArray(ids.toArray(UUID[]::new));
    }

    /** A {@code text[]} parameter, for {@code unnest(?)}. */
    public static TextArray texts(Collection<String> values) {
        return new TextArray(values.toArray(String[]::new));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** A {@code bigint[]} parameter, for {@code = ANY (?)}. */
    public static LongArray longs(Collection<Long> values) {
        return new LongArray(values.toArray(Long[]::new));
    }

    public record LongArray(Long[] values) {
    }

    public record UuidArray(UUID[] values) {
    }

    public record TextArray(String[] values) {
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        Connection connection = statement.getConnection();
        for (int i = 0; i < parameters.length; i++) {
            Object value = switch (parameters[i]) {
                case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                case Enum<?> constant -> constant.name();
                case UuidArray array -> connection.createArrayOf("uuid", array.values());
                case TextArray array -> connection.createArrayOf("text", array.values());
                case LongArray array -> connection.createArrayOf("bigint", array.values());
                case null -> null;
                default -> parameters[i];
            };
            statement.setObject(i + 1, value);
        }
    }
}
