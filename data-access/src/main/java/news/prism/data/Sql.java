package news.prism.data;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Plain SQL on the connection of the current transaction, the one way Prism's services and eventing talk to their
 * databases. They speak PostgreSQL directly because what they rely on ({@code ON CONFLICT},
 * {@code FOR UPDATE SKIP LOCKED}, {@code RETURNING}, advisory locks) is PostgreSQL's.
 *
 * <p>Parameters are positional ({@code ?}). An {@link Instant} is bound as {@code timestamptz} (read one back with
 * {@link #instant}), an enum as its name, an {@link SqlArray} ({@link #uuids}, {@link #texts}, {@link #longs},
 * {@link #ints}, {@link #floats}) as a PostgreSQL array, anything else as the driver binds it. A {@link SQLException}
 * becomes a {@link DataAccessException} here, so row mappers may throw it and callers need not catch it. Values a statement
 * generates come back through {@code RETURNING} and {@link #list}/{@link #one}.
 */
@Singleton
public class Sql {

    /** Rows {@link #forEach} fetches per round trip. */
    public static final int FETCH_SIZE = 1000;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Supplier<Connection> connection;

    @Inject
    public Sql(JdbcOperations jdbc) {
        this(jdbc::getConnection);
    }

    private Sql(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /**
     * Statements on a connection the caller holds rather than the current transaction's, such as the one Flyway gives
     * a Java migration.
     */
    public static Sql on(Connection connection) {
        return new Sql(() -> connection);
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** @return the number of rows the statement changed */
    public int update(String sql, Object... parameters) {
        return run(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** Runs a statement whose result is of no interest, such as taking an advisory lock. */
    public void execute(String sql, Object... parameters) {
        run(sql, statement -> {
            bind(statement, parameters);
            return statement.execute();
        });
    }

    /**
     * Runs one statement once per parameter row, in one round trip ({@code addBatch}/{@code executeBatch}).
     *
     * @return the number of rows each run changed
     */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return run(sql, statement -> {
            for (Object[] parameters : rows) {
                bind(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /**
     * Hands each row to {@code handler} as it is read, fetching {@value #FETCH_SIZE} rows at a time: a large result is
     * streamed rather than held (within a transaction; outside one PostgreSQL's driver reads it whole).
     */
    public void forEach(String sql, RowHandler handler, Object... parameters) {
        run(sql, statement -> {
            bind(statement, parameters);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
            return null;
        });
    }

    /** The only row's value, or nothing when there is no row (or the mapper answered null). */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new DataAccessException("Expected at most one row, got " + rows.size());
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    /**
     * Runs {@code work} under a savepoint: when it throws {@code undoneOn}, only its writes are undone, the rest of the
     * transaction stays usable, and the answer is false.
     */
    public boolean inSavepoint(Runnable work, Class<? extends RuntimeException> undoneOn) {
        Connection current = connection.get();
        Savepoint savepoint = translated("Could not set a savepoint", current::setSavepoint);
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!undoneOn.isInstance(e)) {
                throw e;
            }
            translated("Could not roll back to a savepoint", () -> {
                current.rollback(savepoint);
                return null;
            });
            return false;
        }
        translated("Could not release a savepoint", () -> {
            current.releaseSavepoint(savepoint);
            return null;
        });
        return true;
    }

    /** The {@code timestamptz} column's value, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The {@code timestamptz} value of the row's column at {@code index} (from 1), or null. */
    public static Instant instant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** An instant as PostgreSQL's driver binds a {@code timestamptz}, without the JVM's time zone playing a part. */
    public static OffsetDateTime timestamptz(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The {@code text[]} column's values, empty for null. */
    public static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** Whether the statement failed on a unique constraint (SQL state 23505), e.g. to roll back to a savepoint. */
    public static boolean uniqueViolation(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException error) {
                for (SQLException next = error; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** A {@code uuid[]} parameter, for {@code = ANY (?)}. */
    public static SqlArray uuids(Collection<UUID> ids) {
        return new SqlArray("uuid", ids.toArray());
    }

    /** A {@code text[]} parameter, for {@code = ANY (?)} or {@code unnest(?)}. */
    public static SqlArray texts(Collection<String> values) {
        return new SqlArray("text", values.toArray());
    }

    /** A {@code bigint[]} parameter. */
    public static SqlArray longs(Collection<Long> values) {
        return new SqlArray("bigint", values.toArray());
    }

    /** An {@code integer[]} parameter. */
    public static SqlArray ints(Collection<Integer> values) {
        return new SqlArray("integer", values.toArray());
    }

    /** A {@code real[]} parameter. */
    public static SqlArray floats(Collection<Float> values) {
        return new SqlArray("float4", values.toArray());
    }

    /** An array parameter of PostgreSQL element type {@code type}. */
    public record SqlArray(String type, Object[] values) {
    }

    private <T> T run(String sql, StatementWork<T> work) {
        return translated("Statement failed", () -> {
            try (PreparedStatement statement = connection.get().prepareStatement(sql)) {
                return work.run(statement);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** The one place a {@link SQLException} becomes a {@link DataAccessException}. */
    private static <T> T translated(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DataAccessException(what + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = switch (parameters[i]) {
                case Instant instant -> timestamptz(instant);
                case Enum<?> constant -> constant.name();
                case SqlArray array -> statement.getConnection().createArrayOf(array.type(), array.values());
                case null -> null;
                default -> parameters[i];
            };
            statement.setObject(i + 1, value);
        }
    }
}
