package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Signs every stored source again, from its current text, with the configured shingling, and replaces its band rows:
 * a repeatable migration whose checksum is the scheme of the signatures, so that Flyway runs it whenever
 * {@code shingle-words}, {@code hash-functions}, {@code rows-per-band} or {@code bands} change, and then once, before
 * the service takes anything in. Sources are read in batches, in id order.
 */
@Singleton
public class NearDuplicateSignatures implements JavaMigration {

    /** Sources signed per round trip. */
    private static final int BATCH = 500;
    /** Changes whenever the hashing itself ({@link Hashing}, {@link MinHasher}) would give other values. */
    private static final String HASHING = "fnv1a-splitmix64-words";
    private static final UUID BEFORE_ANY = new UUID(0, 0);
    private static final String DELETE_BANDS = "DELETE FROM source_signature_bands";
    private static final String NEXT_TEXTS = """
            SELECT sig.source_id, s.body
            FROM source_signatures sig JOIN sources s ON s.id = sig.source_id
            WHERE sig.source_id > ? ORDER BY sig.source_id LIMIT ?""";
    private static final String UPDATE_SIGNATURE = "UPDATE source_signatures SET signature = ? WHERE source_id = ?";
    private static final String INSERT_BANDS = """
            INSERT INTO source_signature_bands (source_id, band_hash)
            SELECT * FROM unnest(?::uuid[], ?::bigint[])""";

    private final MinHasher hasher;
    private final NearDuplicateSettings settings;

    public NearDuplicateSignatures(MinHasher hasher, NearDuplicateSettings settings) {
        this.hasher = hasher;
        this.settings = settings;
    }

    /** Repeatable: no version. */
    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "near-duplicate signatures";
    }

    @Override
    public Integer getChecksum() {
        return scheme().hashCode();
    }

    String scheme() {
        return "%s shingle-words=%d hash-functions=%d rows-per-band=%d bands=%d".formatted(HASHING,
                settings.shingleWords(), settings.hashFunctions(), settings.rowsPerBand(), settings.bands());
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        // Flyway's connection and transaction, not the service's.
        Sql sql = Sql.on(context.getConnection());
        sql.update(DELETE_BANDS);
        UUID after = BEFORE_ANY;
        List<Text> texts;
        do {
            texts = next(sql, after);
            resign(sql, texts);
            after = texts.isEmpty() ? after : texts.getLast().sourceId();
        } while (texts.size() == BATCH);
    }

    private static List<Text> next(Sql sql, UUID after) {
        return sql.list(NEXT_TEXTS, row -> new Text(row.getObject(1, UUID.class), row.getString(2)), after, BATCH);
    }

    private void resign(Sql sql, List<Text> texts) {
        List<UUID> owners = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>(texts.size());
        for (Text text : texts) {
            Signature signature = hasher.sign(text.body());
            updates.add(new Object[] {signature.toBytes(), text.sourceId()});
            for (long band : settings.bandHashesOf(signature)) {
                owners.add(text.sourceId());
                hashes.add(band);
            }
        }
        sql.batch(UPDATE_SIGNATURE, updates);
        if (owners.isEmpty()) {
            return;
        }
        sql.update(INSERT_BANDS, Sql.uuids(owners), Sql.longs(hashes));
    }

    private record Text(UUID sourceId, String body) {
    }
}
