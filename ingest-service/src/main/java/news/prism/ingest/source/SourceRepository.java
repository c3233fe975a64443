package news.prism.ingest.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code sources} table: the current version of each source. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class SourceRepository implements GenericRepository<Source, UUID> {

    /** The PostgreSQL protocol counts a statement's parameters in 16 bits. */
    private static final int MAX_PARAMETERS = Short.MAX_VALUE;
    private static final int INSERT_PARAMETERS = SourceColumns.COUNT + 7;
    private static final String INSERT_IF_NEW = """
            INSERT INTO sources (id, %s, channel, submitted_by, ingested_at, updated_at, near_duplicate_of,
                                 near_duplicate_similarity)
            VALUES %%s
            ON CONFLICT DO NOTHING
            RETURNING id""".formatted(SourceColumns.CONTENT);
    private static final String UPDATE_TO_VERSION = """
            UPDATE sources SET (%s, updated_at) = (%s, ?)
            WHERE id = ? AND version = ?""".formatted(SourceColumns.CONTENT,
            SourceColumns.placeholders(SourceColumns.COUNT));
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcOperations jdbc;

    protected SourceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public abstract Optional<Source> findById(UUID id);

    public abstract List<Source> findByIdIn(Collection<UUID> ids);

    /**
     * Stores the sources, in their order, unless a source's canonical URL or content hash is taken. When a concurrent
     * transaction holds the same value, PostgreSQL waits for it, so a source left out means that another one is now
     * committed.
     *
     * @return false when a source was left out; the others may be stored, so roll back (see {@link Savepoints})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertAllIfNew(List<Source> sources) {
        int rowsPerStatement = MAX_PARAMETERS / INSERT_PARAMETERS;
        for (int from = 0; from < sources.size(); from += rowsPerStatement) {
            List<Source> rows = sources.subList(from, Math.min(sources.size(), from + rowsPerStatement));
            if (insertIfNew(rows).size() < rows.size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes each of {@code versions} the current version of its source, in their order, if the stored one is still
     * the version before it (the caller holds the sources' guid locks, so it is).
     *
     * @return false when another source took a canonical URL or content hash meanwhile; the transaction then needs
     *         a rollback (see {@link Savepoints})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateAllToVersion(List<Source> versions) {
        if (versions.isEmpty()) {
            return true;
        }
        int[] updated = jdbc.prepareStatement(UPDATE_TO_VERSION, statement -> {
            try {
                for (Source next : versions) {
                    int index = SourceColumns.bind(statement, 1, next);
                    statement.setObject(index++, SourceColumns.utc(next.updatedAt()));
                    statement.setObject(index++, next.id());
                    statement.setInt(index, next.version() - 1);
                    statement.addBatch();
                }
                return statement.executeBatch();
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return null;
                }
                throw new IllegalStateException("Could not store " + versions.size() + " new versions", e);
            }
        });
        if (updated == null) {
            return false;
        }
        for (int i = 0; i < versions.size(); i++) {
            if (updated[i] != 1) {
                Source next = versions.get(i);
                throw new IllegalStateException("Source " + next.id() + " is not at version " + (next.version() - 1));
            }
        }
        return true;
    }

    private Set<UUID> insertIfNew(List<Source> rows) {
        String values = String.join(", ", rows.stream()
                .map(row -> "(" + SourceColumns.placeholders(INSERT_PARAMETERS) + ")").toList());
        return jdbc.prepareStatement(INSERT_IF_NEW.formatted(values), statement -> {
            try {
                int next = 1;
                for (Source source : rows) {
                    next = bindNew(statement, next, source);
                }
                Set<UUID> inserted = new HashSet<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        inserted.add(row.getObject(1, UUID.class));
                    }
                }
                return inserted;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store " + rows.size() + " sources", e);
            }
        });
    }

    private static int bindNew(PreparedStatement statement, int first, Source source) throws SQLException {
        statement.setObject(first, source.id());
        int next = SourceColumns.bind(statement, first + 1, source);
        statement.setString(next++, source.channel().name());
        statement.setString(next++, source.submittedBy());
        statement.setObject(next++, SourceColumns.utc(source.ingestedAt()));
        statement.setObject(next++, SourceColumns.utc(source.updatedAt()));
        statement.setObject(next++, source.nearDuplicateOf());
        statement.setObject(next++, source.nearDuplicateSimilarity());
        return next;
    }

    private static boolean isUniqueViolation(SQLException error) {
        for (SQLException cause = error; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
