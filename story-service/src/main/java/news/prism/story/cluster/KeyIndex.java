package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.cluster.Placement.Neighbour;

/**
 * The sources by their keys ({@code candidate_keys}): an inverted index that finds a source's likely neighbours in
 * a few bounded index reads, however many unassigned sources the window holds.
 *
 * <p>Two sources can only ever find each other through a key they share: the later one looks up its keys, and the
 * earlier one is listed under its own. So a placement locks its keys (advisory transaction locks, in ascending
 * order of their hashes, so that two placements never wait for each other in a circle) before it reads: of two
 * placements that share a key, the second reads only once the first has committed, and sees it; two that share
 * none run side by side, and could not have seen each other anyway.
 */
@Singleton
class KeyIndex {

    // The advisory lock space of the keys (the first of the two keys); the second is the term's hash.
    private static final int KEY_LOCKS = "prism.story.candidate-keys".hashCode();

    private final Sql sql;
    private final ClusterSettings settings;

    KeyIndex(Sql sql, ClusterSettings settings) {
        this.sql = sql;
        this.settings = settings;
    }

    /** Holds every key until the transaction ends; two keys with one hash share their lock, which is harmless. */
    void lock(Collection<String> keys) {
        int[] hashes = keys.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        sql.execute("SELECT count(pg_advisory_xact_lock(?, hash)) FROM unnest(?::int[]) AS hash", KEY_LOCKS,
                Sql.ints(Arrays.stream(hashes).boxed().toList()));
    }

    /**
     * The unassigned sources within the window around the arriving one that share one of its keys, with their
     * candidates: per key the most recent {@code postingsPerKey}, of those the {@code neighbourLimit} that share the
     * most keys. Near-duplicate copies have no keys, so they are never among them.
     */
    List<Neighbour> neighbours(SourceText arriving, List<String> keys) {
        return sql.list("""
                WITH posted AS (
                    SELECT p.source_id, count(*) AS shared, max(p.source_time) AS latest
                    FROM unnest(?::text[]) AS k(term)
                    CROSS JOIN LATERAL (
                        SELECT c.source_id, c.source_time FROM candidate_keys c
                        WHERE c.term = k.term AND c.source_time BETWEEN ? AND ? AND c.source_id <> ?
                          AND NOT EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = c.source_id)
                        ORDER BY c.source_time DESC LIMIT ?) p
                    GROUP BY p.source_id
                    ORDER BY shared DESC, latest DESC, p.source_id LIMIT ?)
                SELECT s.source_id, s.title, s.excerpt, coalesce(s.published_at, s.ingested_at) AS source_time,
                       m.cluster_id
                FROM posted JOIN sources s ON s.source_id = posted.source_id
                LEFT JOIN candidate_members m ON m.source_id = s.source_id""",
                rows -> new Neighbour(new SourceText(rows.getString("source_id"),
                        rows.getString("title"), rows.getString("excerpt"),
                        Sql.instant(rows, "source_time")), rows.getObject("cluster_id", UUID.class)),
                Sql.texts(keys), arriving.time().minus(settings.window()), arriving.time().plus(settings.window()),
                arriving.sourceId(), settings.postingsPerKey(), settings.neighbourLimit());
    }

    /** Lists the source under its keys. */
    void add(SourceText source, List<String> keys) {
        sql.update("""
                INSERT INTO candidate_keys (term, source_time, source_id)
                SELECT unnest(?::text[]), ?, ?""", Sql.texts(keys), source.time(), source.sourceId());
    }
}
