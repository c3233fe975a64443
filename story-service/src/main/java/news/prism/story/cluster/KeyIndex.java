package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import news.prism.data.KeyLocks;
import news.prism.data.Sql;

/**
 * The sources by their keys ({@code candidate_keys}): an inverted index that finds a source's likely neighbours in
 * a few bounded index reads, however many unassigned sources the window holds.
 *
 * <p>Two sources can only ever find each other through a key they share: the later one looks up its keys, and the
 * earlier one is listed under its own. So a placement locks its keys ({@link KeyLocks}: advisory transaction locks,
 * in ascending order of their hashes) before it reads: of two placements that share a key, the second reads only
 * once the first has committed, and sees it; two that share none run side by side, and could not have seen each
 * other anyway.
 */
@Singleton
class KeyIndex {

    // The advisory lock spaces of the keys (the first of the two keys; the second is the term's hash) and of the
    // wide lock that a placement of more than max-key-locks keys takes instead.
    private static final int KEY_LOCKS = "prism.story.candidate-keys".hashCode();
    private static final int WIDE_LOCK = "prism.story.candidate-keys.wide".hashCode();

    /** An indexed source that shares {@code shared} of an arriving source's keys, the latest of them at {@code latest}. */
    record Posting(String sourceId, int shared, Instant latest) {
    }

    private final Sql sql;
    private final ClusterSettings settings;
    private final KeyLocks locks;

    KeyIndex(Sql sql, ClusterSettings settings) {
        this.sql = sql;
        this.settings = settings;
        this.locks = new KeyLocks(sql, WIDE_LOCK, KEY_LOCKS, settings.maxKeyLocks());
    }

    /** Holds every key until the transaction ends; two keys with one hash share their lock, which is harmless. */
    void lock(Collection<String> keys) {
        locks.lockAll(keys.stream().map(String::hashCode).toList());
    }

    /**
     * For each arriving source (by its index in {@code arrivals}), the unassigned sources indexed within the window
     * around it that share one of its keys: per key the most recent {@code postingsPerKey}, of those the
     * {@code neighbourLimit} that share the most keys, in that order. Near-duplicate copies have no keys, so they
     * are never among them; nor are the arriving sources, which are indexed only once placed.
     */
    List<List<Posting>> neighbours(List<SourceText> arrivals, List<List<String>> keys) {
        List<Integer> indexes = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> since = new ArrayList<>();
        List<String> until = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Instant time = arrivals.get(i).time();
            for (String key : keys.get(i)) {
                indexes.add(i);
                terms.add(key);
                since.add(time.minus(settings.window()).toString());
                until.add(time.plus(settings.window()).toString());
            }
        }
        List<List<Posting>> neighbours = new ArrayList<>();
        arrivals.forEach(arrival -> neighbours.add(new ArrayList<>()));
        sql.forEach("""
                WITH wanted AS (
                    SELECT * FROM unnest(?::int[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[])
                        AS w(arrival, term, since, until)),
                posted AS (
                    SELECT w.arrival, p.source_id, count(*) AS shared, max(p.source_time) AS latest
                    FROM wanted w
                    CROSS JOIN LATERAL (
                        SELECT c.source_id, c.source_time FROM candidate_keys c
                        WHERE c.term = w.term AND c.source_time BETWEEN w.since AND w.until
                          AND NOT EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = c.source_id)
                        ORDER BY c.source_time DESC LIMIT ?) p
                    GROUP BY w.arrival, p.source_id),
                ranked AS (
                    SELECT posted.*, row_number() OVER (
                        PARTITION BY arrival ORDER BY shared DESC, latest DESC, source_id) AS rank
                    FROM posted)
                SELECT arrival, source_id, shared, latest FROM ranked WHERE rank <= ?
                ORDER BY arrival, rank""",
                rows -> neighbours.get(rows.getInt("arrival")).add(new Posting(rows.getString("source_id"),
                        rows.getInt("shared"), Sql.instant(rows, "latest"))),
                Sql.ints(indexes), Sql.texts(terms), Sql.texts(since), Sql.texts(until), settings.postingsPerKey(),
                settings.neighbourLimit());
        return neighbours;
    }

    /** Lists each source under its keys. */
    void add(List<SourceText> sources, List<List<String>> keys) {
        List<String> terms = new ArrayList<>();
        List<String> times = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (String key : keys.get(i)) {
                terms.add(key);
                times.add(sources.get(i).time().toString());
                sourceIds.add(sources.get(i).sourceId());
            }
        }
        insert(sql, terms, times, sourceIds);
    }

    /** Writes index entries (term, source time as ISO-8601 text, source id: the lists in step) in one statement. */
    static void insert(Sql sql, List<String> terms, List<String> times, List<String> sourceIds) {
        if (!terms.isEmpty()) {
            sql.update("""
                    INSERT INTO candidate_keys (term, source_time, source_id)
                    SELECT * FROM unnest(?::text[], ?::text[]::timestamptz[], ?::text[])""", Sql.texts(terms),
                    Sql.texts(times), Sql.texts(sourceIds));
        }
    }
}
