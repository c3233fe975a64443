package news.prism.story.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V6: the term counts and keys (V5) of the sources that arrived before them, so that the sources
 * arriving next find them. A Java migration, since terms and keys are what {@link Terms} and {@link Keys} make of
 * a text; it reads the sources twice (first the counts, then each source's keys by them) in one transaction and
 * writes in bulk, so that a hundred thousand sources take seconds. Each source is a report: which were
 * near-duplicate copies was not kept before.
 */
final class KeysForExistingSources implements JavaMigration {

    private static final MigrationVersion VERSION = MigrationVersion.fromVersion("6");
    // Rows read per round trip, and rows written per statement: large enough to make bulk work cheap, small
    // enough to keep the migration's memory flat.
    private static final int FETCH_SIZE = 1_000;
    private static final int WRITE_BATCH = 20_000;
    // Existing counts go to one slot; placements add to any.
    private static final int SLOT = 0;

    private final ClusterSettings settings;

    KeysForExistingSources(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public MigrationVersion getVersion() {
        return VERSION;
    }

    @Override
    public String getDescription() {
        return "candidate keys and term counts for existing sources";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DocumentFrequencies frequencies = count(connection);
        writeCounts(connection, frequencies);
        writeKeys(connection, frequencies);
    }

    private DocumentFrequencies count(Connection connection) throws SQLException {
        Map<String, Long> documents = new HashMap<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT title, excerpt FROM sources")) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Similarity.termCounts(new SourceText(null, rows.getString("title"), rows.getString("excerpt"),
                            null), settings.titleWeight()).keySet()
                            .forEach(term -> documents.merge(term, 1L, Long::sum));
                    total++;
                }
            }
        }
        return new DocumentFrequencies(documents, total);
    }

    private static void writeCounts(Connection connection, DocumentFrequencies frequencies) throws SQLException {
        List<String> terms = new ArrayList<>(frequencies.documents().keySet());
        for (int from = 0; from < terms.size(); from += WRITE_BATCH) {
            List<String> batch = terms.subList(from, Math.min(terms.size(), from + WRITE_BATCH));
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO candidate_term_counts (term, slot, documents)
                    SELECT term, ?, documents FROM unnest(?::text[], ?::bigint[]) AS c(term, documents)""")) {
                statement.setInt(1, SLOT);
                statement.setArray(2, connection.createArrayOf("text", batch.toArray()));
                statement.setArray(3, connection.createArrayOf("bigint",
                        batch.stream().map(frequencies.documents()::get).toArray()));
                statement.executeUpdate();
            }
        }
        if (frequencies.total() > 0) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO candidate_document_counts (slot, documents) VALUES (?, ?)")) {
                statement.setInt(1, SLOT);
                statement.setLong(2, frequencies.total());
                statement.executeUpdate();
            }
        }
    }

    private void writeKeys(Connection connection, DocumentFrequencies frequencies) throws SQLException {
        List<String> terms = new ArrayList<>();
        List<String> times = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT source_id, title, excerpt, coalesce(published_at, ingested_at) AS source_time FROM sources")) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String sourceId = rows.getString("source_id");
                    String time = rows.getObject("source_time", OffsetDateTime.class).toString();
                    Map<String, Integer> counts = Similarity.termCounts(new SourceText(sourceId,
                            rows.getString("title"), rows.getString("excerpt"), null), settings.titleWeight());
                    for (String key : Keys.of(counts, frequencies, settings.keysPerSource())) {
                        terms.add(key);
                        times.add(time);
                        sourceIds.add(sourceId);
                    }
                    if (terms.size() >= WRITE_BATCH) {
                        insertKeys(connection, terms, times, sourceIds);
                    }
                }
            }
        }
        insertKeys(connection, terms, times, sourceIds);
    }

    /** Writes the keys and empties the lists. */
    private static void insertKeys(Connection connection, List<String> terms, List<String> times,
                                   List<String> sourceIds) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO candidate_keys (term, source_time, source_id)
                SELECT * FROM unnest(?::text[], ?::text[]::timestamptz[], ?::text[])""")) {
            statement.setArray(1, connection.createArrayOf("text", terms.toArray()));
            statement.setArray(2, connection.createArrayOf("text", times.toArray()));
            statement.setArray(3, connection.createArrayOf("text", sourceIds.toArray()));
            statement.executeUpdate();
        }
        terms.clear();
        times.clear();
        sourceIds.clear();
    }
}
