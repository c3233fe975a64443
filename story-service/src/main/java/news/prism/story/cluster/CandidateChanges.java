package news.prism.story.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.cluster.ClusterLocks.Membership;

/**
 * What a batch of placements does to the candidates, worked out in memory in the order the sources arrived, each
 * placement seeing those before it, then written in a few statements: the new candidates, the merges, the members.
 * Starts from the memberships of the sources the batch links, as locked ({@link ClusterLocks}).
 */
final class CandidateChanges {

    private final Map<String, Membership> memberships;
    private final Map<UUID, UUID> mergedInto = new HashMap<>();
    private final Set<UUID> created = new LinkedHashSet<>();
    /** The sources that join a candidate, and the report each is a copy of (null: a report). */
    private final Map<String, String> joined = new LinkedHashMap<>();

    CandidateChanges(Map<String, Membership> locked) {
        this.memberships = new HashMap<>(locked);
    }

    /** The candidate the source is in now, or null. */
    UUID clusterOf(String sourceId) {
        Membership membership = memberships.get(sourceId);
        return membership == null ? null : current(membership.cluster());
    }

    void apply(Placement placement) {
        UUID cluster = placement.cluster() != null ? placement.cluster() : create();
        placement.merged().forEach(merged -> mergedInto.put(merged, cluster));
        placement.joining().forEach(sourceId -> join(sourceId, cluster, null));
    }

    /**
     * Puts a near-duplicate copy with the report it repeats (the report's own original, should that be a copy
     * too), in the report's candidate, or in a new one of the two when the report is in none yet.
     */
    void joinCopy(String copyId, String originalId) {
        Membership original = memberships.get(originalId);
        if (original == null) {
            UUID cluster = create();
            join(originalId, cluster, null);
            join(copyId, cluster, originalId);
        } else {
            join(copyId, current(original.cluster()), original.copyOf() != null ? original.copyOf() : originalId);
        }
    }

    void write(Sql sql, Instant now) {
        List<UUID> newClusters = created.stream().filter(cluster -> !mergedInto.containsKey(cluster)).toList();
        if (!newClusters.isEmpty()) {
            sql.update("INSERT INTO candidate_clusters (id, created_at) SELECT unnest(?::uuid[]), ?",
                    Sql.uuids(newClusters), now);
        }
        List<UUID> mergedAway = mergedInto.keySet().stream().filter(cluster -> !created.contains(cluster)).toList();
        if (!mergedAway.isEmpty()) {
            sql.update("""
                    UPDATE candidate_members m SET cluster_id = t.into_id
                    FROM unnest(?::uuid[], ?::uuid[]) AS t(from_id, into_id) WHERE m.cluster_id = t.from_id""",
                    Sql.uuids(mergedAway), Sql.uuids(mergedAway.stream().map(this::current).toList()));
            sql.update("DELETE FROM candidate_clusters WHERE id = ANY (?)", Sql.uuids(mergedAway));
        }
        if (!joined.isEmpty()) {
            List<String> sourceIds = new ArrayList<>(joined.keySet());
            sql.update("""
                    INSERT INTO candidate_members (source_id, cluster_id, joined_at, copy_of)
                    SELECT source_id, cluster_id, ?, copy_of
                    FROM unnest(?::text[], ?::uuid[], ?::text[]) AS j(source_id, cluster_id, copy_of)""", now,
                    Sql.texts(sourceIds), Sql.uuids(sourceIds.stream().map(this::clusterOf).toList()),
                    Sql.texts(sourceIds.stream().map(joined::get).toList()));
        }
    }

    private UUID create() {
        UUID cluster = UUID.randomUUID();
        created.add(cluster);
        return cluster;
    }

    private void join(String sourceId, UUID cluster, String copyOf) {
        memberships.put(sourceId, new Membership(cluster, copyOf));
        joined.put(sourceId, copyOf);
    }

    /** The candidate that {@code cluster} is, or was merged into. */
    private UUID current(UUID cluster) {
        UUID current = cluster;
        while (mergedInto.containsKey(current)) {
            current = mergedInto.get(current);
        }
        return current;
    }
}
