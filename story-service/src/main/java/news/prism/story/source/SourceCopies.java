package news.prism.story.source;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import news.prism.data.Sql;

/** The {@code sources} table: the local copies of ingested sources, one row per source id. */
@Singleton
public class SourceCopies {

    private final Sql sql;

    public SourceCopies(Sql sql) {
        this.sql = sql;
    }

    /**
     * Inserts the copy, or refreshes an existing one unless it was ingested later than this copy (an older event
     * that arrives late does not overwrite newer data).
     *
     * @return whether the source was new
     */
    public boolean upsert(SourceCopy copy) {
        return sql.one("""
                INSERT INTO sources (source_id, outlet, url, title, published_at, language, ingested_at, excerpt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET
                    outlet = EXCLUDED.outlet, url = EXCLUDED.url, title = EXCLUDED.title,
                    published_at = EXCLUDED.published_at, language = EXCLUDED.language,
                    ingested_at = EXCLUDED.ingested_at, excerpt = EXCLUDED.excerpt, received_at = now()
                WHERE sources.ingested_at <= EXCLUDED.ingested_at
                RETURNING (xmax = 0) AS inserted""",
                // A row that was inserted has no deleting transaction yet; a refreshed one has this one. Nothing comes
                // back when a newer copy was kept.
                row -> row.getBoolean("inserted"), copy.sourceId(), copy.outlet(), copy.url(), copy.title(),
                copy.publishedAt(), copy.language(), copy.ingestedAt(), copy.excerpt()).orElse(false);
    }

    /** The copies of those of {@code sourceIds} that are known, by source id. */
    public Map<String, SourceCopy> findAll(Collection<String> sourceIds) {
        Map<String, SourceCopy> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        for (SourceCopy copy : sql.list("""
                SELECT source_id, outlet, url, title, published_at, language, ingested_at, excerpt
                FROM sources WHERE source_id = ANY (?)""", SourceCopies::read, Sql.texts(sourceIds))) {
            found.put(copy.sourceId(), copy);
        }
        return found;
    }

    private static SourceCopy read(ResultSet row) throws SQLException {
        return new SourceCopy(row.getString("source_id"), row.getString("outlet"), row.getString("url"),
                row.getString("title"), Sql.instant(row, "published_at"), row.getString("language"),
                Sql.instant(row, "ingested_at"), row.getString("excerpt"));
    }
}
