package news.prism.ingest.source;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;

/** The {@code source_versions} table: every version of every source, as it was taken in. */
@Singleton
public class SourceVersions {

    private static final String INSERT = """
            INSERT INTO source_versions (source_id, %s, channel, submitted_by, ingested_at)
            VALUES (?, %s, ?, ?, ?)""".formatted(SourceColumns.CONTENT,
            SourceColumns.placeholders(SourceColumns.COUNT));
    private static final String SELECT = """
            SELECT %s, channel, submitted_by, ingested_at
            FROM source_versions WHERE source_id = ? ORDER BY version""".formatted(SourceColumns.CONTENT);

    private final Sql sql;

    public SourceVersions(Sql sql) {
        this.sql = sql;
    }

    /** Keeps each version as it was taken in, in one round trip. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Taken> versions) {
        if (versions.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(versions.size());
        for (Taken taken : versions) {
            Source source = taken.version();
            List<Object> parameters = new ArrayList<>();
            parameters.add(source.id());
            parameters.addAll(SourceColumns.values(source));
            parameters.add(taken.origin().channel());
            parameters.add(taken.origin().submittedBy());
            parameters.add(source.versionIngestedAt());
            rows.add(parameters.toArray());
        }
        sql.batch(INSERT, rows);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<SourceVersion> of(UUID sourceId) {
        return sql.list(SELECT, SourceVersions::read, sourceId);
    }

    /** The current version of a source, taken in by {@code origin} at its version's intake time. */
    public record Taken(Source version, Origin origin) {
    }

    private static SourceVersion read(ResultSet row) throws SQLException {
        return SourceVersion.of(row.getInt("version"), SourceColumns.content(row), Sql.instant(row, "version_created"),
                row.getString("submitted_by"), Sql.instant(row, "ingested_at"));
    }
}
