package news.prism.story.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.prism.data.Sql;

/**
 * The vectors reports were placed by ({@code candidate_vectors}), read by the placements that find them as
 * neighbours: finding a neighbour's terms again in its text, and reading the frequencies of all of them, cost
 * placements more than anything else they did, and grew with the number of unassigned sources. The vectors of the
 * reports met lately are kept in memory as well.
 */
@Singleton
class PlacedVectors {

    private final Sql sql;
    private final Cache<String, PlacedVector> recent;

    PlacedVectors(Sql sql, ClusterSettings settings) {
        this.sql = sql;
        this.recent = Caffeine.newBuilder().maximumSize(settings.vectorCacheSize()).build();
    }

    /** The vectors of these placed reports; none for a source that was not placed as a report. */
    Map<String, PlacedVector> of(Collection<String> sourceIds) {
        return recent.getAll(sourceIds, this::read);
    }

    /**
     * Keeps the vectors of reports being placed, in one statement, and in memory at once: should the transaction roll
     * back, no placement finds these reports (they are in no index) until they are placed again, which keeps their
     * vectors anew.
     */
    void add(List<String> sourceIds, List<TermVector> vectors) {
        for (int i = 0; i < sourceIds.size(); i++) {
            recent.put(sourceIds.get(i), vectors.get(i).placed());
        }
        insert(sql, sourceIds, vectors);
    }

    /** Writes the vectors of these sources in one statement. */
    static void insert(Sql sql, List<String> sourceIds, List<TermVector> vectors) {
        List<String> rowSourceIds = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            TermVector vector = vectors.get(i);
            for (int term = 0; term < vector.terms().length; term++) {
                rowSourceIds.add(sourceIds.get(i));
                terms.add(vector.terms()[term]);
                weights.add(vector.weights()[term]);
            }
        }
        if (!rowSourceIds.isEmpty()) {
            // One row per source of the flat lists, each source's terms in their order.
            sql.update("""
                    INSERT INTO candidate_vectors (source_id, terms, weights)
                    SELECT source_id, array_agg(term ORDER BY position), array_agg(weight ORDER BY position)
                    FROM unnest(?::text[], ?::text[], ?::real[]) WITH ORDINALITY AS v(source_id, term, weight, position)
                    GROUP BY source_id""", Sql.texts(rowSourceIds), Sql.texts(terms), Sql.floats(weights));
        }
    }

    private Map<String, PlacedVector> read(Set<? extends String> sourceIds) {
        Map<String, PlacedVector> read = new HashMap<>();
        sql.forEach("SELECT source_id, terms, weights FROM candidate_vectors WHERE source_id = ANY (?)",
                rows -> read.put(rows.getString("source_id"), vector(rows)), Sql.texts(List.copyOf(sourceIds)));
        return read;
    }

    private static PlacedVector vector(ResultSet rows) throws SQLException {
        Object[] terms = (Object[]) rows.getArray("terms").getArray();
        Object[] weights = (Object[]) rows.getArray("weights").getArray();
        String[] texts = new String[terms.length];
        float[] values = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            texts[i] = (String) terms[i];
            values[i] = (Float) weights[i];
        }
        return PlacedVector.of(texts, values);
    }
}
