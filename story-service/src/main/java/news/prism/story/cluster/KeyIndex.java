package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     *
     * <p>Each key is read once for the batch, over the windows of all the arrivals that have it (the reports of one
     * event, which share their keys, mostly come together), and its postings then kept for each arrival within its
     * own window.
     */
    List<List<Posting>> neighbours(List<SourceText> arrivals, List<List<String>> keys) {
        Map<String, Instant[]> windows = new HashMap<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Instant since = arrivals.get(i).time().minus(settings.window());
            Instant until = arrivals.get(i).time().plus(settings.window());
            for (String key : keys.get(i)) {
                windows.merge(key, new Instant[] {since, until}, (a, b) -> new Instant[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        List<String> terms = List.copyOf(windows.keySet());
        Map<String, List<Posting>> byTerm = new HashMap<>();
        sql.forEach("""
                SELECT w.term, p.source_id, p.source_time
                FROM unnest(?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]) AS w(term, since, until)
                CROSS JOIN LATERAL (
                    SELECT c.source_id, c.source_time FROM candidate_keys c
                    WHERE c.term = w.term AND c.source_time BETWEEN w.since AND w.until
                      AND NOT EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = c.source_id)
                    ORDER BY c.source_time DESC LIMIT ?) p""",
                rows -> byTerm.computeIfAbsent(rows.getString("term"), term -> new ArrayList<>()).add(
                        new Posting(rows.getString("source_id"), 1, Sql.instant(rows, "source_time"))),
                Sql.texts(terms), Sql.texts(terms.stream().map(term -> windows.get(term)[0].toString()).toList()),
                Sql.texts(terms.stream().map(term -> windows.get(term)[1].toString()).toList()),
                settings.postingsPerKey());
        List<List<Posting>> neighbours = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Instant since = arrivals.get(i).time().minus(settings.window());
            Instant until = arrivals.get(i).time().plus(settings.window());
            Map<String, Posting> shared = new HashMap<>();
            for (String key : keys.get(i)) {
                for (Posting posting : byTerm.getOrDefault(key, List.of())) {
                    if (!posting.latest().isBefore(since) && !posting.latest().isAfter(until)) {
                        shared.merge(posting.sourceId(), posting, (a, b) -> new Posting(a.sourceId(),
                                a.shared() + b.shared(), a.latest().isAfter(b.latest()) ? a.latest() : b.latest()));
                    }
                }
            }
            neighbours.add(ranked(shared.values(), settings.neighbourLimit()));
        }
        return neighbours;
    }

    /** The postings that share the most keys first, then the latest, at most {@code limit} of them. */
    static List<Posting> ranked(Collection<Posting> postings, int limit) {
        return postings.stream().sorted(Comparator.comparingInt(Posting::shared).reversed()
                        .thenComparing(Posting::latest, Comparator.reverseOrder())
                        .thenComparing(Posting::sourceId))
                .limit(limit).toList();
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
