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
import news.prism.ingest.body.BodyFormat;

/** The {@code source_versions} table: every version of every source, as it was taken in. */
@Singleton
public class SourceVersions {

    private static final String INSERT = """
            INSERT INTO source_versions (source_id, %s, channel, submitted_by, ingested_at)
            VALUES (?, %s, ?, ?, ?)""".formatted(SourceColumns.CONTENT,
            SourceColumns.placeholders(SourceColumns.COUNT));
    private static final String SELECT = """
            SELECT version, outlet, submitted_url, canonical_url, title, body, body_format, published_at, language,
                   word_count, content_hash, byline, subjects, version_created, channel, submitted_by, ingested_at
            FROM source_versions WHERE source_id = ? ORDER BY version""";

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
        return new SourceVersion(row.getInt("version"), row.getString("outlet"), row.getString("canonical_url"),
                row.getString("submitted_url"), row.getString("title"), row.getString("body"),
                BodyFormat.valueOf(row.getString("body_format")).label(), Sql.instant(row, "published_at"),
                row.getString("language"), row.getInt("word_count"), row.getString("content_hash"),
                row.getString("byline"), Sql.texts(row, "subjects"),
                Sql.instant(row, "version_created"), row.getString("submitted_by"),
                Sql.instant(row, "ingested_at"));
    }
}
