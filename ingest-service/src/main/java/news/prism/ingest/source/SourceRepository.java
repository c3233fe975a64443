package news.prism.ingest.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The {@code sources} table: the current version of each source. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class SourceRepository implements GenericRepository<Source, UUID> {

    private static final String INSERT_IF_NEW = """
            INSERT INTO sources (id, %s, channel, submitted_by, ingested_at, updated_at, near_duplicate_of,
                                 near_duplicate_similarity)
            VALUES (?, %s, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""".formatted(SourceColumns.CONTENT, SourceColumns.placeholders(SourceColumns.COUNT));
    private static final String UPDATE_TO_VERSION = """
            UPDATE sources SET (%s, updated_at) = (%s, ?)
            WHERE id = ? AND version = ?""".formatted(SourceColumns.CONTENT,
            SourceColumns.placeholders(SourceColumns.COUNT));

    private final JdbcOperations jdbc;

    protected SourceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public abstract Optional<Source> findById(UUID id);

    /**
     * Stores the source unless its canonical URL or content hash is taken. When a concurrent transaction holds
     * the same value, PostgreSQL waits for it, so a {@code false} means that source is now committed.
     *
     * @return true when the row was inserted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertIfNew(Source source) {
        return jdbc.prepareStatement(INSERT_IF_NEW, statement -> {
            try {
                statement.setObject(1, source.id());
                int next = SourceColumns.bind(statement, 2, source);
                statement.setString(next++, source.channel().name());
                statement.setString(next++, source.submittedBy());
                statement.setObject(next++, SourceColumns.utc(source.ingestedAt()));
                statement.setObject(next++, SourceColumns.utc(source.updatedAt()));
                statement.setObject(next++, source.nearDuplicateOf());
                statement.setObject(next, source.nearDuplicateSimilarity());
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store source " + source.id(), e);
            }
        });
    }

    /**
     * Makes {@code next} the current version, if the stored one is still the version before it (the caller holds
     * the source's guid lock, so it is). A canonical URL or content hash taken by another source makes PostgreSQL
     * refuse the update: run it where that can be rolled back on its own (see {@link Savepoints}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateToVersion(Source next) {
        int updated = jdbc.prepareStatement(UPDATE_TO_VERSION, statement -> {
            try {
                int index = SourceColumns.bind(statement, 1, next);
                statement.setObject(index++, SourceColumns.utc(next.updatedAt()));
                statement.setObject(index++, next.id());
                statement.setInt(index, next.version() - 1);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new SourceWriteException("Could not store version " + next.version() + " of " + next.id(), e);
            }
        });
        if (updated != 1) {
            throw new IllegalStateException("Source " + next.id() + " is not at version " + (next.version() - 1));
        }
    }
}
