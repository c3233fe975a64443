package news.prism.ingest.dedup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.data.Sql;

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

    private final Sql sql;

    public SourceGuids(Sql sql) {
        this.sql = sql;
    }

    /**
     * Serialises the intakes of each guid until the transaction ends, so that two copies of one document arriving
     * at once cannot both be new, and versions are decided one after the other.
     */
    public void lockAll(Collection<String> guids) {
        if (guids.isEmpty()) {
            return;
        }
        sql.execute(LOCK_ALL, LOCK_SPACE, Sql.texts(guids));
    }

    /** The known ones among {@code guids}. */
    public Map<String, KnownGuid> findAll(Collection<String> guids) {
        if (guids.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, KnownGuid> known = new HashMap<>();
        sql.forEach(FIND_ALL, row -> known.put(row.getString(1), new KnownGuid(row.getObject(2, UUID.class),
                Sql.instant(row, 3))), Sql.texts(guids));
        return known;
    }

    /** Records the guids of new sources, or the newer version times of known ones; each guid once. */
    public void recordAll(Map<String, KnownGuid> guids) {
        if (guids.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(guids.size());
        for (var guid : guids.entrySet()) {
            rows.add(new Object[] {guid.getKey(), guid.getValue().sourceId(), guid.getValue().versionCreated()});
        }
        sql.batch(RECORD, rows);
    }

    /** The source a guid names, and the version time of the newest version taken in under it (null if unsaid). */
    public record KnownGuid(UUID sourceId, @Nullable Instant versionCreated) {

        /** This guid, recorded again with the version time of a newer version: it still names the same source. */
        public KnownGuid recordedAgain(KnownGuid newer) {
            return new KnownGuid(sourceId, newer.versionCreated());
        }
    }
}
