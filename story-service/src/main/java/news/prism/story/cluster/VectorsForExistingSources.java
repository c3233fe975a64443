package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import news.prism.data.Sql;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V9: the vectors (V8) of the sources that arrived before them, each a report as V6 made it, weighed by
 * the frequencies of all sources counted so far, so that the placements that find them as neighbours can score
 * them. A Java migration, since a vector is what {@link Terms} makes of a text; one pass over the sources, written
 * in bulk.
 */
@Singleton
final class VectorsForExistingSources extends ExistingSourcesMigration {

    // Sources written per statement (about a hundred terms each): as KeysForExistingSources writes keys, large
    // enough to make bulk work cheap, small enough to keep the migration's memory flat.
    private static final int WRITE_BATCH = 200;

    private final ClusterSettings settings;

    VectorsForExistingSources(ClusterSettings settings) {
        super("9", "candidate vectors for existing sources");
        this.settings = settings;
    }

    @Override
    public void migrate(Context context) {
        // Flyway's connection and transaction, not the service's.
        Sql sql = Sql.on(context.getConnection());
        DocumentFrequencies frequencies = TermStatistics.readAll(sql);
        List<String> sourceIds = new ArrayList<>();
        List<TermVector> vectors = new ArrayList<>();
        sql.forEach("SELECT source_id, title, excerpt FROM sources", rows -> {
            String sourceId = rows.getString("source_id");
            sourceIds.add(sourceId);
            vectors.add(TermVector.of(Similarity.termCounts(new SourceText(sourceId, rows.getString("title"),
                    rows.getString("excerpt"), null), settings.titleWeight()), frequencies));
            if (sourceIds.size() >= WRITE_BATCH) {
                write(sql, sourceIds, vectors);
            }
        });
        write(sql, sourceIds, vectors);
    }

    /** Writes the vectors and empties the lists. */
    private static void write(Sql sql, List<String> sourceIds, List<TermVector> vectors) {
        PlacedVectors.insert(sql, sourceIds, vectors);
        sourceIds.clear();
        vectors.clear();
    }
}
