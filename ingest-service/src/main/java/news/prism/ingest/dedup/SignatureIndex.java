package news.prism.ingest.dedup;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.prism.data.Sql;
import news.prism.data.Sql.SqlArray;

/**
 * The signatures of stored sources ({@code source_signatures}) and their LSH band hashes
 * ({@code source_signature_bands}, hash-indexed by band hash), so that the sources sharing a band with a new text
 * are found by index look-ups rather than by comparing with every source. Each operation takes one statement for
 * a whole batch of texts.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class SignatureIndex {

    /**
     * One index look-up per wanted band: the sub-query is kept apart (OFFSET 0) so that the planner cannot turn the
     * look-ups into a join that reads the whole band index, which it prefers once it sees thousands of wanted bands.
     */
    private static final String SHARED_BANDS = """
            SELECT wanted.text, b.source_id, count(*) AS bands
            FROM unnest(?::int[], ?::bigint[]) AS wanted(text, band_hash)
            CROSS JOIN LATERAL (
                SELECT source_id FROM source_signature_bands WHERE band_hash = wanted.band_hash
                OFFSET 0) b
            GROUP BY wanted.text, b.source_id""";
    private static final String CANDIDATES = """
            SELECT sig.source_id, sig.signature, s.ingested_at
            FROM source_signatures sig JOIN sources s ON s.id = sig.source_id
            WHERE sig.source_id = ANY (?::uuid[])""";
    /** As the index would rank them: most shared bands first, then as PostgreSQL orders uuids. */
    private static final Comparator<Shared> MOST_SHARED_FIRST = Comparator.comparingInt(Shared::bands).reversed()
            .thenComparing(Shared::sourceId, TakenIn.POSTGRES_UUID_ORDER);
    private static final String UPSERT_SIGNATURE = """
            INSERT INTO source_signatures (source_id, signature) VALUES (?, ?)
            ON CONFLICT (source_id) DO UPDATE SET signature = excluded.signature""";
    private static final String STORED_SIGNATURES =
            "SELECT source_id, signature FROM source_signatures WHERE source_id = ANY (?::uuid[])";
    /** By hash as well, so that the look-up index finds the rows. */
    private static final String DELETE_BANDS = """
            DELETE FROM source_signature_bands b
            USING unnest(?::uuid[], ?::bigint[]) AS old(source_id, band_hash)
            WHERE b.band_hash = old.band_hash AND b.source_id = old.source_id""";
    private static final String INSERT_BANDS = """
            INSERT INTO source_signature_bands (source_id, band_hash)
            SELECT * FROM unnest(?::uuid[], ?::bigint[])""";

    private final Sql sql;
    private final NearDuplicateSettings settings;

    public SignatureIndex(Sql sql, NearDuplicateSettings settings) {
        this.sql = sql;
        this.settings = settings;
    }

    /**
     * For each text, the stored sources sharing at least one band with it: at most {@code limit}, those sharing most
     * bands first (the lower id first among equals), in no particular order. Complete only under the
     * {@link DecisionLocks} of the texts' bands: an intake storing a text that shares one of them has then committed.
     */
    public List<List<Candidate>> candidates(List<Signature> signatures, int limit) {
        List<Map<UUID, Integer>> shared = sharedBands(signatures);
        List<List<Shared>> chosen = shared.stream()
                .map(bySource -> bySource.entrySet().stream()
                        .map(one -> new Shared(one.getKey(), one.getValue()))
                        .sorted(MOST_SHARED_FIRST).limit(limit).toList())
                .toList();
        Map<UUID, Candidate> stored = stored(chosen.stream().flatMap(List::stream).map(Shared::sourceId)
                .collect(Collectors.toSet()));
        return chosen.stream()
                .map(sources -> sources.stream()
                        .filter(one -> stored.containsKey(one.sourceId()))
                        .map(one -> stored.get(one.sourceId()).sharing(one.bands()))
                        .toList())
                .toList();
    }

    /** For each text, the sources sharing bands with it and how many, by index look-ups. */
    private List<Map<UUID, Integer>> sharedBands(List<Signature> signatures) {
        List<Map<UUID, Integer>> shared = new ArrayList<>(signatures.size());
        Bands wanted = new Bands();
        for (int text = 0; text < signatures.size(); text++) {
            shared.add(new HashMap<>());
            wanted.add(text, settings.bandHashesOf(signatures.get(text)));
        }
        if (wanted.isEmpty()) {
            return shared;
        }
        sql.forEach(SHARED_BANDS, row -> shared.get(row.getInt(1)).put(row.getObject(2, UUID.class), row.getInt(3)),
                new SqlArray("int4", wanted.owners.toArray()), Sql.longs(wanted.hashes));
        return shared;
    }

    /** The chosen sources with their signatures and intake times, sharing no bands yet. */
    private Map<UUID, Candidate> stored(Set<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Candidate> stored = new HashMap<>();
        sql.forEach(CANDIDATES, row -> {
            UUID sourceId = row.getObject(1, UUID.class);
            stored.put(sourceId, new Candidate(new TakenIn(sourceId, Sql.instant(row, 3)),
                    Signature.fromBytes(row.getBytes(2)), 0));
        }, Sql.uuids(sourceIds));
        return stored;
    }

    /**
     * Keeps the signature of each source's current version; {@code replacing} names the sources that had one before,
     * whose bands are replaced.
     */
    public void storeAll(Map<UUID, Signature> signatures, Collection<UUID> replacing) {
        if (signatures.isEmpty()) {
            return;
        }
        if (!replacing.isEmpty()) {
            deleteBands(storedBands(replacing), replacing.size());
        }
        List<Object[]> rows = new ArrayList<>(signatures.size());
        for (var signature : signatures.entrySet()) {
            rows.add(new Object[] {signature.getKey(), signature.getValue().toBytes()});
        }
        sql.batch(UPSERT_SIGNATURE, rows);
        Bands bands = new Bands();
        signatures.forEach((sourceId, signature) -> bands.add(sourceId, settings.bandHashesOf(signature)));
        writeBands(INSERT_BANDS, bands);
    }

    /** The band rows the sources' stored signatures have now. */
    private Bands storedBands(Collection<UUID> sourceIds) {
        Bands bands = new Bands();
        sql.forEach(STORED_SIGNATURES, row -> bands.add(row.getObject(1, UUID.class),
                settings.bandHashesOf(Signature.fromBytes(row.getBytes(2)))), Sql.uuids(sourceIds));
        return bands;
    }

    private void deleteBands(Bands bands, int sources) {
        if (!bands.isEmpty()) {
            writeBands(DELETE_BANDS, bands);
        }
    }

    private void writeBands(String statement, Bands bands) {
        sql.update(statement, new SqlArray("uuid", bands.owners.toArray()), Sql.longs(bands.hashes));
    }

    /** A stored source that shares {@code sharedBands} bands with the text looked for, and its signature. */
    public record Candidate(TakenIn source, Signature signature, int sharedBands) {

        Candidate sharing(int bands) {
            return new Candidate(source, signature, bands);
        }
    }

    private record Shared(UUID sourceId, int bands) {
    }

    /** (owner, band hash) pairs as two parallel columns, to pass as arrays. */
    private static final class Bands {

        private final List<Object> owners = new ArrayList<>();
        private final List<Long> hashes = new ArrayList<>();

        void add(Object owner, long[] bandHashes) {
            for (long hash : bandHashes) {
                owners.add(owner);
                hashes.add(hash);
            }
        }

        boolean isEmpty() {
            return owners.isEmpty();
        }
    }
}
