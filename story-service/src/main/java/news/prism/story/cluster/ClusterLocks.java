package news.prism.story.cluster;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;

/**
 * Locks the candidates a placement is about to change, for the rest of the transaction. Key locks serialise two
 * placements that could find each other, but two that share no key can still reach one candidate through
 * different members of it: one might merge it away while the other adds to it, or both might start a candidate
 * with the same source that is in none yet. So a placement locks the rows of the candidates of the sources it
 * links ({@code FOR UPDATE}) and the rows of those sources that are in none ({@code FOR NO KEY UPDATE}), each kind
 * in ascending order, then reads their memberships again: while it holds them, no one else can merge those
 * candidates or place those sources. Should the memberships have changed before it got the locks (a candidate
 * merged into another meanwhile), it locks what they are now and reads again; a deadlock that this later locking
 * may cause is broken by PostgreSQL, and the event is retried.
 */
@Singleton
class ClusterLocks {

    /** Where a source is: its candidate, and the report it is a near-duplicate copy of (null: it is a report). */
    record Membership(UUID cluster, String copyOf) {
    }

    private final Sql sql;

    ClusterLocks(Sql sql) {
        this.sql = sql;
    }

    /** Locks one candidate; false when there is no such candidate (any more). */
    boolean lockCluster(UUID cluster) {
        return !lockClusters(Set.of(cluster)).isEmpty();
    }

    /**
     * Locks where the sources are, and returns it: their memberships by source id, a source in no candidate absent.
     */
    Map<String, Membership> lockMemberships(Collection<String> sourceIds) {
        Set<UUID> heldClusters = new HashSet<>();
        Set<String> heldSources = new HashSet<>();
        while (true) {
            Map<String, Membership> memberships = memberships(sourceIds);
            Set<UUID> clusters = new HashSet<>();
            memberships.values().forEach(membership -> clusters.add(membership.cluster()));
            Set<String> loose = new HashSet<>(sourceIds);
            loose.removeAll(memberships.keySet());
            if (heldClusters.containsAll(clusters) && heldSources.containsAll(loose)) {
                return memberships;
            }
            clusters.removeAll(heldClusters);
            loose.removeAll(heldSources);
            heldClusters.addAll(lockClusters(clusters));
            heldSources.addAll(lockSources(loose));
        }
    }

    private Map<String, Membership> memberships(Collection<String> sourceIds) {
        Map<String, Membership> memberships = new HashMap<>();
        sql.forEach("""
                SELECT source_id, cluster_id, copy_of FROM candidate_members WHERE source_id = ANY (?)""",
                rows -> memberships.put(rows.getString("source_id"), new Membership(
                        rows.getObject("cluster_id", UUID.class), rows.getString("copy_of"))),
                Sql.texts(sourceIds));
        return memberships;
    }

    /** @return those of the candidates that still exist */
    private Set<UUID> lockClusters(Set<UUID> clusters) {
        if (clusters.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.list("""
                SELECT id FROM candidate_clusters WHERE id = ANY (?) ORDER BY id FOR UPDATE""",
                rows -> rows.getObject("id", UUID.class), Sql.uuids(clusters)));
    }

    private Set<String> lockSources(Set<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Set.of();
        }
        List<String> sorted = sourceIds.stream().sorted().toList();
        Set<String> locked = new HashSet<>(sql.list("""
                SELECT source_id FROM sources WHERE source_id = ANY (?) ORDER BY source_id FOR NO KEY UPDATE""",
                rows -> rows.getString("source_id"), Sql.texts(sorted)));
        // Sources are never deleted: one missing here would have this loop forever.
        if (!locked.containsAll(sourceIds)) {
            throw new IllegalStateException("Unknown sources among " + sourceIds);
        }
        return locked;
    }
}
