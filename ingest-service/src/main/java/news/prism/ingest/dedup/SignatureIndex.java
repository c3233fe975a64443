package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The signatures of stored sources ({@code source_signatures}) and their LSH band hashes
 * ({@code source_signature_bands}, indexed by band and hash), so that the sources sharing a band with a new text
 * are found by index look-ups rather than by comparing with every source.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class SignatureIndex {

    private static final String CANDIDATES = """
            WITH shared AS (
                SELECT b.source_id, count(*) AS bands
                FROM source_signature_bands b
                JOIN unnest(?::int[], ?::bigint[]) AS wanted(band, band_hash)
                  ON b.band = wanted.band AND b.band_hash = wanted.band_hash
                GROUP BY b.source_id
                ORDER BY bands DESC, b.source_id
                LIMIT ?)
            SELECT shared.source_id, sig.signature
            FROM shared
            JOIN source_signatures sig ON sig.source_id = shared.source_id
            JOIN sources s ON s.id = shared.source_id
            ORDER BY s.ingested_at, s.id""";
    private static final String UPSERT_SIGNATURE = """
            INSERT INTO source_signatures (source_id, signature) VALUES (?, ?)
            ON CONFLICT (source_id) DO UPDATE SET signature = excluded.signature""";
    private static final String DELETE_BANDS = "DELETE FROM source_signature_bands WHERE source_id = ?";
    private static final String INSERT_BANDS = """
            INSERT INTO source_signature_bands (source_id, band, band_hash)
            SELECT ?, band, band_hash FROM unnest(?::int[], ?::bigint[]) AS bands(band, band_hash)""";

    private final JdbcOperations jdbc;
    private final NearDuplicateSettings settings;

    public SignatureIndex(JdbcOperations jdbc, NearDuplicateSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The stored sources sharing at least one band with {@code signature}, earliest taken in first. */
    public List<Candidate> candidates(Signature signature) {
        long[] bands = signature.bandHashes(settings.rowsPerBand());
        return jdbc.prepareStatement(CANDIDATES, statement -> {
            try {
                Connection connection = statement.getConnection();
                statement.setArray(1, connection.createArrayOf("int4", bandNumbers(bands.length)));
                statement.setArray(2, connection.createArrayOf("int8", boxed(bands)));
                statement.setInt(3, settings.maxCandidates());
                List<Candidate> candidates = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        candidates.add(new Candidate(row.getObject(1, UUID.class),
                                Signature.fromBytes(row.getBytes(2))));
                    }
                }
                return candidates;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not look for near-duplicate candidates", e);
            }
        });
    }

    /** Keeps the signature of a source's current version, replacing that of an earlier one. */
    public void store(UUID sourceId, Signature signature) {
        long[] bands = signature.bandHashes(settings.rowsPerBand());
        jdbc.prepareStatement(UPSERT_SIGNATURE, statement -> {
            try {
                statement.setObject(1, sourceId);
                statement.setBytes(2, signature.toBytes());
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store the signature of " + sourceId, e);
            }
        });
        jdbc.prepareStatement(DELETE_BANDS, statement -> {
            try {
                statement.setObject(1, sourceId);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not replace the bands of " + sourceId, e);
            }
        });
        jdbc.prepareStatement(INSERT_BANDS, statement -> {
            try {
                Connection connection = statement.getConnection();
                statement.setObject(1, sourceId);
                statement.setArray(2, connection.createArrayOf("int4", bandNumbers(bands.length)));
                statement.setArray(3, connection.createArrayOf("int8", boxed(bands)));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store the bands of " + sourceId, e);
            }
        });
    }

    private static Integer[] bandNumbers(int count) {
        return IntStream.range(0, count).boxed().toArray(Integer[]::new);
    }

    private static Long[] boxed(long[] values) {
        return LongStream.of(values).boxed().toArray(Long[]::new);
    }

    /** A stored source that shares a band with the text looked for, and its signature. */
    public record Candidate(UUID sourceId, Signature signature) {
    }
}
