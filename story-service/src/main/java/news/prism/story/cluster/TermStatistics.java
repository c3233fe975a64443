package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.data.Sql;

/**
 * The document frequencies of every term over every source placed so far ({@code candidate_term_counts},
 * {@code candidate_document_counts}), kept as sources arrive. Counts are spread over slots: a placement adds its
 * terms to a slot it holds (an advisory transaction lock) alone, so two placements never update the same row and
 * never wait for each other here; the readers sum the slots.
 */
@Singleton
class TermStatistics {

    // The advisory lock space of the slots (the first of the two keys); the second key is the slot.
    private static final int SLOT_LOCKS = "prism.story.candidate-term-count-slots".hashCode();

    private final Sql sql;
    private final ClusterSettings settings;

    TermStatistics(Sql sql, ClusterSettings settings) {
        this.sql = sql;
        this.settings = settings;
    }

    /**
     * The frequencies of these terms and the number of sources, as committed, read in one statement so that they
     * agree: counts newer than the total would weigh a term below any source's share of it.
     */
    DocumentFrequencies read(Collection<String> terms) {
        return read(sql, "WHERE term = ANY (?)", Sql.texts(terms));
    }

    /** The frequencies of every term, with a migration's connection. */
    static DocumentFrequencies readAll(Sql sql) {
        return read(sql, "");
    }

    private static DocumentFrequencies read(Sql sql, String where, Object... parameters) {
        Map<String, Long> documents = new HashMap<>();
        long[] total = {0};
        sql.forEach("""
                SELECT term, sum(documents) AS documents FROM candidate_term_counts %s GROUP BY term
                UNION ALL
                SELECT NULL, coalesce(sum(documents), 0) FROM candidate_document_counts""".formatted(where), rows -> {
            String term = rows.getString("term");
            if (term == null) {
                total[0] = rows.getLong("documents");
            } else {
                documents.put(Terms.canonical(term), rows.getLong("documents"));
            }
        }, parameters);
        return new DocumentFrequencies(documents, total[0]);
    }

    /**
     * Counts these sources, each using its set of terms. Call it last in the transaction: the slot is held until the
     * transaction ends, and should there be no free slot, this waits for one.
     */
    void count(List<? extends Collection<String>> sourcesTerms, String firstSourceId) {
        if (sourcesTerms.isEmpty()) {
            return;
        }
        Map<String, Long> documents = new HashMap<>();
        sourcesTerms.forEach(terms -> terms.forEach(term -> documents.merge(term, 1L, Long::sum)));
        int slot = claimSlot(firstSourceId);
        List<String> terms = List.copyOf(documents.keySet());
        sql.update("""
                INSERT INTO candidate_term_counts (term, slot, documents)
                SELECT term, ?, documents FROM unnest(?::text[], ?::bigint[]) AS c(term, documents)
                ON CONFLICT (term, slot) DO UPDATE
                SET documents = candidate_term_counts.documents + EXCLUDED.documents""",
                slot, Sql.texts(terms), Sql.longs(terms.stream().map(documents::get).toList()));
        sql.update("""
                INSERT INTO candidate_document_counts (slot, documents) VALUES (?, ?)
                ON CONFLICT (slot) DO UPDATE SET documents = candidate_document_counts.documents + EXCLUDED.documents""",
                slot, sourcesTerms.size());
    }

    /** The first slot no other transaction holds, or else (all busy) one chosen by the source, waited for. */
    private int claimSlot(String sourceId) {
        Integer free = sql.one("""
                SELECT slot FROM generate_series(0, ? - 1) AS slot
                WHERE pg_try_advisory_xact_lock(?, slot) LIMIT 1""", row -> row.getInt(1), settings.countSlots(),
                SLOT_LOCKS).orElse(null);
        if (free != null) {
            return free;
        }
        int slot = Math.floorMod(sourceId.hashCode(), settings.countSlots());
        sql.execute("SELECT pg_advisory_xact_lock(?, ?)", SLOT_LOCKS, slot);
        return slot;
    }
}
