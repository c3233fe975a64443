package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.data.Sql;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V6: the term counts and keys (V5) of the sources that arrived before them, so that the sources
 * arriving next find them. A Java migration, since terms and keys are what {@link Terms} and {@link Keys} make of
 * a text; it reads the sources twice (first the counts, then each source's keys by them) in one transaction and
 * writes in bulk, so that a hundred thousand sources take seconds. Each source is a report: which were
 * near-duplicate copies was not kept before.
 */
@Singleton
final class KeysForExistingSources extends ExistingSourcesMigration {

    // Rows written per statement (rows are read Sql.FETCH_SIZE per round trip): large enough to make bulk work
    // cheap, small enough to keep the migration's memory flat.
    private static final int WRITE_BATCH = 20_000;
    // Existing counts go to one slot; placements add to any.
    private static final int SLOT = 0;

    private final ClusterSettings settings;

    KeysForExistingSources(ClusterSettings settings) {
        super("6", "candidate keys and term counts for existing sources");
        this.settings = settings;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        // Flyway's connection and transaction, not the service's.
        Sql sql = Sql.on(context.getConnection());
        DocumentFrequencies frequencies = count(sql);
        writeCounts(sql, frequencies);
        writeKeys(sql, frequencies);
    }

    private DocumentFrequencies count(Sql sql) {
        Map<String, Long> documents = new HashMap<>();
        long[] total = {0};
        sql.forEach("SELECT title, excerpt FROM sources", rows -> {
            Similarity.termCounts(new SourceText(null, rows.getString("title"), rows.getString("excerpt"),
                    null), settings.titleWeight()).keySet()
                    .forEach(term -> documents.merge(term, 1L, Long::sum));
            total[0]++;
        });
        return new DocumentFrequencies(documents, total[0]);
    }

    private static void writeCounts(Sql sql, DocumentFrequencies frequencies) {
        List<String> terms = new ArrayList<>(frequencies.documents().keySet());
        for (int from = 0; from < terms.size(); from += WRITE_BATCH) {
            List<String> batch = terms.subList(from, Math.min(terms.size(), from + WRITE_BATCH));
            sql.update("""
                    INSERT INTO candidate_term_counts (term, slot, documents)
                    SELECT term, ?, documents FROM unnest(?::text[], ?::bigint[]) AS c(term, documents)""", SLOT,
                    Sql.texts(batch), Sql.longs(batch.stream().map(frequencies.documents()::get).toList()));
        }
        if (frequencies.total() > 0) {
            sql.update("INSERT INTO candidate_document_counts (slot, documents) VALUES (?, ?)", SLOT,
                    frequencies.total());
        }
    }

    private void writeKeys(Sql sql, DocumentFrequencies frequencies) {
        List<String> terms = new ArrayList<>();
        List<String> times = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        sql.forEach("SELECT source_id, title, excerpt, coalesce(published_at, ingested_at) AS source_time FROM sources",
                rows -> {
                    String sourceId = rows.getString("source_id");
                    String time = rows.getObject("source_time", OffsetDateTime.class).toString();
                    Map<String, Integer> counts = Similarity.termCounts(new SourceText(sourceId,
                            rows.getString("title"), rows.getString("excerpt"), null), settings.titleWeight());
                    for (String key : Keys.of(TermVector.of(counts, frequencies), settings.keysPerSource())) {
                        terms.add(key);
                        times.add(time);
                        sourceIds.add(sourceId);
                    }
                    if (terms.size() >= WRITE_BATCH) {
                        insertKeys(sql, terms, times, sourceIds);
                    }
                });
        insertKeys(sql, terms, times, sourceIds);
    }

    /** Writes the keys and empties the lists. */
    private static void insertKeys(Sql sql, List<String> terms, List<String> times, List<String> sourceIds) {
        KeyIndex.insert(sql, terms, times, sourceIds);
        terms.clear();
        times.clear();
        sourceIds.clear();
    }
}
