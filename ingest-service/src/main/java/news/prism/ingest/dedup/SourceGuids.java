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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The first de-duplication layer: the {@code source_guids} table maps a publisher's identifier (ninjs uri, feed
 * item guid) to the source taken in under it, with the newest version time seen. Each operation takes one
 * statement for a whole batch of guids.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class SourceGuids {

    /** Advisory locks taken here use this first key, so they never meet another subsystem's. */
    private static final int LOCK_SPACE = 0x50524753;
    /** In one order whatever the batch, so that two intakes locking some of the same guids cannot deadlock. */
    private static final String LOCK_ALL = """
            SELECT count(pg_advisory_xact_lock(?, locked.key))
            FROM (SELECT DISTINCT hashtext(guid) AS key FROM unnest(?::text[]) AS guid ORDER BY key) AS locked""";
    private static final String FIND_ALL =
            "SELECT guid, source_id, version_created FROM source_guids WHERE guid = ANY (?::text[])";
    private static final String RECORD = """
            INSERT INTO source_guids (guid, source_id, version_created) VALUES (?, ?, ?)
            ON CONFLICT (guid) DO UPDATE SET version_created = excluded.version_created""";

    private final JdbcOperations jdbc;

    public SourceGuids(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the intakes of each guid until the transaction ends, so that two copies of one document arriving
     * at once cannot both be new, and versions are decided one after the other.
     */
    public void lockAll(Collection<String> guids) {
        if (guids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(LOCK_ALL, statement -> {
            try {
                statement.setInt(1, LOCK_SPACE);
                statement.setArray(2, statement.getConnection().createArrayOf("text", guids.toArray()));
                try (ResultSet ignored = statement.executeQuery()) {
                    return true;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not lock " + guids.size() + " guids", e);
            }
        });
    }

    /** The known ones among {@code guids}. */
    public Map<String, KnownGuid> findAll(Collection<String> guids) {
        if (guids.isEmpty()) {
            return new HashMap<>();
        }
        return jdbc.prepareStatement(FIND_ALL, statement -> {
            try {
                statement.setArray(1, statement.getConnection().createArrayOf("text", guids.toArray()));
                Map<String, KnownGuid> known = new HashMap<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Timestamp versionCreated = row.getTimestamp(3);
                        known.put(row.getString(1), new KnownGuid(row.getObject(2, UUID.class),
                                versionCreated == null ? null : versionCreated.toInstant()));
                    }
                }
                return known;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not look up " + guids.size() + " guids", e);
            }
        });
    }

    /** Records the guids of new sources, or the newer version times of known ones; each guid once. */
    public void recordAll(Map<String, KnownGuid> guids) {
        if (guids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(RECORD, statement -> {
            try {
                for (var guid : guids.entrySet()) {
                    Instant versionCreated = guid.getValue().versionCreated();
                    statement.setString(1, guid.getKey());
                    statement.setObject(2, guid.getValue().sourceId());
                    statement.setObject(3, versionCreated == null ? null : versionCreated.atOffset(ZoneOffset.UTC));
                    statement.addBatch();
                }
                return statement.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record " + guids.size() + " guids", e);
            }
        });
    }

    /** The source a guid names, and the version time of the newest version taken in under it (null if unsaid). */
    public record KnownGuid(UUID sourceId, @Nullable Instant versionCreated) {

        /** This guid, recorded again with the version time of a newer version: it still names the same source. */
        public KnownGuid recordedAgain(KnownGuid newer) {
            return new KnownGuid(sourceId, newer.versionCreated());
        }
    }
}
