package news.prism.story.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import news.prism.story.SqlTimes;
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

    private final JdbcOperations jdbc;
    private final ClusterSettings settings;

    KeyIndex(JdbcOperations jdbc, ClusterSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Holds every key until the transaction ends; two keys with one hash share their lock, which is harmless. */
    void lock(Collection<String> keys) {
        int[] hashes = keys.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        jdbc.prepareStatement("SELECT count(pg_advisory_xact_lock(?, hash)) FROM unnest(?::int[]) AS hash",
                statement -> {
                    statement.setInt(1, KEY_LOCKS);
                    statement.setArray(2, statement.getConnection().createArrayOf("integer",
                            Arrays.stream(hashes).boxed().toArray()));
                    return statement.execute();
                });
    }

    /**
     * The unassigned sources within the window around the arriving one that share one of its keys, with their
     * candidates: per key the most recent {@code postingsPerKey}, of those the {@code neighbourLimit} that share the
     * most keys. Near-duplicate copies have no keys, so they are never among them.
     */
    List<Neighbour> neighbours(SourceText arriving, List<String> keys) {
        return jdbc.prepareStatement("""
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
                LEFT JOIN candidate_members m ON m.source_id = s.source_id""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", keys.toArray()));
            statement.setObject(2, SqlTimes.of(arriving.time().minus(settings.window())));
            statement.setObject(3, SqlTimes.of(arriving.time().plus(settings.window())));
            statement.setString(4, arriving.sourceId());
            statement.setInt(5, settings.postingsPerKey());
            statement.setInt(6, settings.neighbourLimit());
            List<Neighbour> neighbours = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    neighbours.add(new Neighbour(new SourceText(rows.getString("source_id"),
                            rows.getString("title"), rows.getString("excerpt"),
                            SqlTimes.read(rows, "source_time")), rows.getObject("cluster_id", UUID.class)));
                }
            }
            return neighbours;
        });
    }

    /** Lists the source under its keys. */
    void add(SourceText source, List<String> keys) {
        jdbc.prepareStatement("""
                INSERT INTO candidate_keys (term, source_time, source_id)
                SELECT unnest(?::text[]), ?, ?""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", keys.toArray()));
            statement.setObject(2, SqlTimes.of(source.time()));
            statement.setString(3, source.sourceId());
            return statement.executeUpdate();
        });
    }
}
