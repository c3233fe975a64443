package news.prism.story.source;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return upsertAll(List.of(copy)).contains(copy.sourceId());
    }

    /**
     * {@link #upsert Upserts} the copies, in one statement, with the effect of upserting them in turn.
     *
     * @return the ids of the sources that were new
     */
    public Set<String> upsertAll(List<SourceCopy> copies) {
        // One row per source: of several copies of one source, the one upserting them in turn would leave.
        Map<String, SourceCopy> latest = new LinkedHashMap<>();
        copies.forEach(copy -> latest.merge(copy.sourceId(), copy,
                (kept, next) -> kept.ingestedAt().isAfter(next.ingestedAt()) ? kept : next));
        List<SourceCopy> rows = List.copyOf(latest.values());
        Set<String> inserted = new HashSet<>();
        sql.forEach("""
                INSERT INTO sources (source_id, outlet, url, title, published_at, language, ingested_at, excerpt)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[], ?::text[],
                                     ?::text[]::timestamptz[], ?::text[])
                ON CONFLICT (source_id) DO UPDATE SET
                    outlet = EXCLUDED.outlet, url = EXCLUDED.url, title = EXCLUDED.title,
                    published_at = EXCLUDED.published_at, language = EXCLUDED.language,
                    ingested_at = EXCLUDED.ingested_at, excerpt = EXCLUDED.excerpt, received_at = now()
                WHERE sources.ingested_at <= EXCLUDED.ingested_at
                RETURNING source_id, (xmax = 0) AS inserted""",
                // A row that was inserted has no deleting transaction yet; a refreshed one has this one. Nothing comes
                // back for a source whose newer copy was kept.
                row -> {
                    if (row.getBoolean("inserted")) {
                        inserted.add(row.getString("source_id"));
                    }
                },
                Sql.texts(rows.stream().map(SourceCopy::sourceId).toList()),
                Sql.texts(rows.stream().map(SourceCopy::outlet).toList()),
                Sql.texts(rows.stream().map(SourceCopy::url).toList()),
                Sql.texts(rows.stream().map(SourceCopy::title).toList()),
                Sql.texts(rows.stream().map(copy -> text(copy.publishedAt())).toList()),
                Sql.texts(rows.stream().map(SourceCopy::language).toList()),
                Sql.texts(rows.stream().map(copy -> text(copy.ingestedAt())).toList()),
                Sql.texts(rows.stream().map(SourceCopy::excerpt).toList()));
        return inserted;
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

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static SourceCopy read(ResultSet row) throws SQLException {
        return new SourceCopy(row.getString("source_id"), row.getString("outlet"), row.getString("url"),
                row.getString("title"), Sql.instant(row, "published_at"), row.getString("language"),
                Sql.instant(row, "ingested_at"), row.getString("excerpt"));
    }
}
