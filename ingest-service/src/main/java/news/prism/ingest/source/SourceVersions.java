package news.prism.ingest.source;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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

    private final JdbcOperations jdbc;

    public SourceVersions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps each version as it was taken in, in one round trip. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Taken> versions) {
        if (versions.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT, statement -> {
            try {
                for (Taken taken : versions) {
                    Source source = taken.version();
                    statement.setObject(1, source.id());
                    int next = SourceColumns.bind(statement, 2, source);
                    statement.setString(next++, taken.origin().channel().name());
                    statement.setString(next++, taken.origin().submittedBy());
                    statement.setObject(next, SourceColumns.utc(source.versionIngestedAt()));
                    statement.addBatch();
                }
                return statement.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not keep " + versions.size() + " versions", e);
            }
        });
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<SourceVersion> of(UUID sourceId) {
        return jdbc.prepareStatement(SELECT, statement -> {
            try {
                statement.setObject(1, sourceId);
                List<SourceVersion> versions = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        versions.add(read(row));
                    }
                }
                return versions;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the versions of " + sourceId, e);
            }
        });
    }

    /** The current version of a source, taken in by {@code origin} at its version's intake time. */
    public record Taken(Source version, Origin origin) {
    }

    private static SourceVersion read(ResultSet row) throws SQLException {
        return new SourceVersion(row.getInt("version"), row.getString("outlet"), row.getString("canonical_url"),
                row.getString("submitted_url"), row.getString("title"), row.getString("body"),
                BodyFormat.valueOf(row.getString("body_format")).label(), instant(row.getTimestamp("published_at")),
                row.getString("language"), row.getInt("word_count"), row.getString("content_hash"),
                row.getString("byline"), strings(row.getArray("subjects")),
                instant(row.getTimestamp("version_created")), row.getString("submitted_by"),
                instant(row.getTimestamp("ingested_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
