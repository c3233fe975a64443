package news.prism.ingest.source;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.ingest.intake.Savepoints;

/** The {@code sources} table: the current version of each source. */
@Singleton
public class SourceRepository {

    /** The PostgreSQL protocol counts a statement's parameters in 16 bits. */
    private static final int MAX_PARAMETERS = Short.MAX_VALUE;
    private static final int INSERT_PARAMETERS = SourceColumns.COUNT + 7;
    private static final String SELECT = """
            SELECT id, %s, channel, submitted_by, ingested_at, updated_at, near_duplicate_of,
                   near_duplicate_similarity
            FROM sources""".formatted(SourceColumns.CONTENT);
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

    private final Sql sql;

    public SourceRepository(Sql sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Source> findById(UUID id) {
        return sql.one(SELECT + " WHERE id = ?", SourceRepository::read, id);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Source> findByIdIn(Collection<UUID> ids) {
        return sql.list(SELECT + " WHERE id = ANY (?)", SourceRepository::read, Sql.uuids(ids));
    }

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
        List<Object[]> rows = new ArrayList<>(versions.size());
        for (Source next : versions) {
            List<Object> parameters = new ArrayList<>(SourceColumns.values(next));
            parameters.add(next.updatedAt());
            parameters.add(next.id());
            parameters.add(next.version() - 1);
            rows.add(parameters.toArray());
        }
        int[] updated;
        try {
            updated = sql.batch(UPDATE_TO_VERSION, rows);
        } catch (DataAccessException e) {
            if (Sql.uniqueViolation(e)) {
                return false;
            }
            throw e;
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
        List<Object> parameters = new ArrayList<>(rows.size() * INSERT_PARAMETERS);
        for (Source source : rows) {
            parameters.add(source.id());
            parameters.addAll(SourceColumns.values(source));
            parameters.add(source.channel());
            parameters.add(source.submittedBy());
            parameters.add(source.ingestedAt());
            parameters.add(source.updatedAt());
            parameters.add(source.nearDuplicateOf());
            parameters.add(source.nearDuplicateSimilarity());
        }
        return new HashSet<>(sql.list(INSERT_IF_NEW.formatted(values), row -> row.getObject(1, UUID.class),
                parameters.toArray()));
    }

    private static Source read(ResultSet row) throws SQLException {
        return new Source(Sql.uuid(row, "id"), SourceColumns.content(row), Channel.valueOf(row.getString("channel")),
                row.getString("submitted_by"), Sql.instant(row, "ingested_at"), row.getInt("version"),
                Sql.instant(row, "version_created"), Sql.instant(row, "updated_at"), Sql.uuid(row, "near_duplicate_of"),
                row.getObject("near_duplicate_similarity", Double.class));
    }
}
