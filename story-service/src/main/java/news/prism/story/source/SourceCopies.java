package news.prism.story.source;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import news.prism.story.SqlTimes;

/** The {@code sources} table: the local copies of ingested sources, one row per source id. */
@Singleton
public class SourceCopies {

    private final JdbcOperations jdbc;

    public SourceCopies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the copy, or refreshes an existing one unless it was ingested later than this copy (an older event
     * that arrives late does not overwrite newer data).
     *
     * @return whether the source was new
     */
    public boolean upsert(SourceCopy copy) {
        return jdbc.prepareStatement("""
                INSERT INTO sources (source_id, outlet, url, title, published_at, language, ingested_at, excerpt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET
                    outlet = EXCLUDED.outlet, url = EXCLUDED.url, title = EXCLUDED.title,
                    published_at = EXCLUDED.published_at, language = EXCLUDED.language,
                    ingested_at = EXCLUDED.ingested_at, excerpt = EXCLUDED.excerpt, received_at = now()
                WHERE sources.ingested_at <= EXCLUDED.ingested_at
                RETURNING (xmax = 0) AS inserted""", statement -> {
            statement.setString(1, copy.sourceId());
            statement.setString(2, copy.outlet());
            statement.setString(3, copy.url());
            statement.setString(4, copy.title());
            statement.setObject(5, SqlTimes.of(copy.publishedAt()));
            statement.setString(6, copy.language());
            statement.setObject(7, SqlTimes.of(copy.ingestedAt()));
            statement.setString(8, copy.excerpt());
            // A row that was inserted has no deleting transaction yet; a refreshed one has this one. Nothing comes
            // back when a newer copy was kept.
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean("inserted");
            }
        });
    }

    /** The copies of those of {@code sourceIds} that are known, by source id. */
    public Map<String, SourceCopy> findAll(Collection<String> sourceIds) {
        Map<String, SourceCopy> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        return jdbc.prepareStatement("""
                SELECT source_id, outlet, url, title, published_at, language, ingested_at, excerpt
                FROM sources WHERE source_id = ANY (?)""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", sourceIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    SourceCopy copy = read(rows);
                    found.put(copy.sourceId(), copy);
                }
            }
            return found;
        });
    }

    private static SourceCopy read(ResultSet row) throws SQLException {
        return new SourceCopy(row.getString("source_id"), row.getString("outlet"), row.getString("url"),
                row.getString("title"), SqlTimes.read(row, "published_at"), row.getString("language"),
                SqlTimes.read(row, "ingested_at"), row.getString("excerpt"));
    }
}
