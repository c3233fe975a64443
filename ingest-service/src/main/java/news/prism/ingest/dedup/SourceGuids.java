package news.prism.ingest.dedup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The first de-duplication layer: the {@code source_guids} table maps a publisher's identifier (ninjs uri, feed
 * item guid) to the source taken in under it, with the newest version time seen.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class SourceGuids {

    /** Advisory locks taken here use this first key, so they never meet another subsystem's. */
    private static final int LOCK_SPACE = 0x50524753;

    private final JdbcOperations jdbc;

    public SourceGuids(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the intakes of one guid until the transaction ends, so that two copies of one document arriving
     * at once cannot both be new, and versions are decided one after the other.
     */
    public void lock(String guid) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))", statement -> {
            try {
                statement.setInt(1, LOCK_SPACE);
                statement.setString(2, guid);
                try (ResultSet ignored = statement.executeQuery()) {
                    return true;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not lock guid " + guid, e);
            }
        });
    }

    public Optional<KnownGuid> find(String guid) {
        return jdbc.prepareStatement("SELECT source_id, version_created FROM source_guids WHERE guid = ?",
                statement -> {
                    try {
                        statement.setString(1, guid);
                        try (ResultSet row = statement.executeQuery()) {
                            if (!row.next()) {
                                return Optional.empty();
                            }
                            Timestamp versionCreated = row.getTimestamp(2);
                            return Optional.of(new KnownGuid(row.getObject(1, UUID.class),
                                    versionCreated == null ? null : versionCreated.toInstant()));
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not look up guid " + guid, e);
                    }
                });
    }

    /** Records the guid of a new source, or the newer version time of a known one. */
    public void record(String guid, UUID sourceId, @Nullable Instant versionCreated) {
        jdbc.prepareStatement("""
                INSERT INTO source_guids (guid, source_id, version_created) VALUES (?, ?, ?)
                ON CONFLICT (guid) DO UPDATE SET version_created = excluded.version_created""", statement -> {
            try {
                statement.setString(1, guid);
                statement.setObject(2, sourceId);
                statement.setObject(3, versionCreated == null ? null : versionCreated.atOffset(ZoneOffset.UTC));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record guid " + guid, e);
            }
        });
    }

    /** The source a guid names, and the version time of the newest version taken in under it (null if unsaid). */
    public record KnownGuid(UUID sourceId, @Nullable Instant versionCreated) {
    }
}
