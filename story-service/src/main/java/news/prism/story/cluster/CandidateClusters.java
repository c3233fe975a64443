package news.prism.story.cluster;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.cluster.Candidate.CandidateSource;
import news.prism.story.cluster.ClusterLocks.Membership;
import news.prism.story.cluster.Placement.Neighbour;

/**
 * The candidate clusters ({@code candidate_clusters}, {@code candidate_members}): sources that look like reports of
 * one event, grouped as they arrive. Only unassigned sources count: one a story cites (by its id) has left the
 * candidates, and a candidate with fewer than two unassigned reports is not listed. A near-duplicate copy of a
 * report is kept with the report, and shown under it.
 *
 * <p>A placement reads only the sources that share one of its keys ({@link KeyIndex}), so its cost does not grow
 * with the number of unassigned sources. Nothing is locked globally: the keys serialise placements that could see
 * each other ({@link KeyIndex}), and the rows of the candidates a placement changes keep placements that reach one
 * candidate through different sources from undoing each other's work ({@link ClusterLocks}).
 */
@Singleton
public class CandidateClusters {

    // The same ordering key as sources_by_time (V4), so that the window is read from the index.
    private static final String SOURCE_TIME = "coalesce(s.published_at, s.ingested_at)";
    private static final String UNASSIGNED = """
            NOT EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = s.source_id)""";
    private static final String SOURCE_COLUMNS = """
            s.source_id, s.outlet, s.title, s.url, s.published_at, s.ingested_at, s.excerpt""";
    private static final int MIN_SIZE = 2;

    private final Sql sql;
    private final ClusterSettings settings;
    private final Clock clock;
    private final KeyIndex index;
    private final TermStatistics statistics;
    private final ClusterLocks locks;

    public CandidateClusters(Sql sql, ClusterSettings settings, Clock clock, KeyIndex index,
                      TermStatistics statistics, ClusterLocks locks) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
        this.index = index;
        this.statistics = statistics;
        this.locks = locks;
    }

    /**
     * Keeps the candidate as it is until the transaction ends: no arriving source can merge it away or add to it
     * meanwhile. Nothing is locked when there is no such candidate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID candidate) {
        locks.lockCluster(candidate);
    }

    /** Puts a source seen for the first time with the recent unassigned sources it is alike to, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void place(SourceText arriving) {
        Map<String, Integer> terms = Similarity.termCounts(arriving, settings.titleWeight());
        // The arriving source counts among the documents, as it did when every source was compared with all.
        DocumentFrequencies frequencies = statistics.read(terms.keySet()).withSource(terms.keySet());
        List<String> keys = Keys.of(terms, frequencies, settings.keysPerSource());
        index.lock(keys);
        List<Neighbour> neighbours = index.neighbours(arriving, keys);
        List<Map<String, Integer>> neighbourTerms = neighbours.stream()
                .map(neighbour -> Similarity.termCounts(neighbour.text(), settings.titleWeight())).toList();
        // Scored with the counts of every term involved as of one moment, the arriving source's own included.
        Set<String> involved = new HashSet<>(terms.keySet());
        neighbourTerms.forEach(counts -> involved.addAll(counts.keySet()));
        List<Neighbour> alike = Placement.alike(terms, neighbours, neighbourTerms,
                statistics.read(involved).withSource(terms.keySet()), settings.similarityThreshold());
        if (!alike.isEmpty()) {
            Map<String, Membership> now = locks.lockMemberships(alike.stream().map(n -> n.text().sourceId())
                    .toList());
            List<Neighbour> current = alike.stream().map(neighbour -> neighbour.inCluster(
                    Optional.ofNullable(now.get(neighbour.text().sourceId())).map(Membership::cluster).orElse(null)))
                    .toList();
            Placement.linking(arriving, current).ifPresent(this::apply);
        }
        index.add(arriving, keys);
        statistics.count(terms.keySet(), arriving.sourceId());
    }

    /**
     * Puts a near-duplicate copy with the report it repeats (the report's own original, should that be a copy
     * too), in the report's candidate, or in a new one of the two when the report is in none yet. The copy gets no
     * keys and adds nothing to the term counts: it links no candidates, and it is not another report.
     *
     * @return false, with nothing done, when the original is not known here
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean placeCopy(String copyId, String originalId) {
        if (!known(originalId)) {
            return false;
        }
        Membership original = locks.lockMemberships(List.of(originalId)).get(originalId);
        Instant now = clock.instant();
        if (original == null) {
            UUID cluster = create(now);
            join(cluster, List.of(originalId), null, now);
            join(cluster, List.of(copyId), originalId, now);
        } else {
            join(original.cluster(), List.of(copyId), original.copyOf() != null ? original.copyOf() : originalId,
                    now);
        }
        return true;
    }

    /** The candidates with at least two unassigned reports: the largest first, then the latest seen. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Candidate> list() {
        Map<UUID, List<Row>> byCluster = new LinkedHashMap<>();
        sql.forEach("""
                WITH open AS (
                    SELECT m.cluster_id, m.copy_of, %1$s, %2$s AS source_time
                    FROM candidate_members m JOIN sources s ON s.source_id = m.source_id
                    WHERE %3$s),
                listed AS (
                    SELECT cluster_id, count(*) AS size, max(ingested_at) AS last_seen
                    FROM open WHERE copy_of IS NULL GROUP BY cluster_id HAVING count(*) >= ?
                    ORDER BY size DESC, last_seen DESC, cluster_id LIMIT ?)
                SELECT open.* FROM open JOIN listed USING (cluster_id)
                ORDER BY listed.size DESC, listed.last_seen DESC, cluster_id, open.source_time, open.source_id"""
                .formatted(SOURCE_COLUMNS, SOURCE_TIME, UNASSIGNED), rows -> byCluster.computeIfAbsent(
                        rows.getObject("cluster_id", UUID.class), id -> new ArrayList<>()).add(row(rows)),
                MIN_SIZE, settings.listLimit());
        return byCluster.entrySet().stream()
                .map(entry -> Candidate.of(entry.getKey(), reports(entry.getValue()))).toList();
    }

    /**
     * The cluster with its unassigned reports, earliest report first (there may be fewer than two left); nothing
     * when there is no such cluster (any more: one merged into another is gone).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Candidate> find(UUID id) {
        boolean exists = sql.one("SELECT 1 FROM candidate_clusters WHERE id = ?", row -> true, id).isPresent();
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(id, reports(sql.list("""
                SELECT m.copy_of, %1$s
                FROM candidate_members m JOIN sources s ON s.source_id = m.source_id
                WHERE m.cluster_id = ? AND %2$s
                ORDER BY %3$s, s.source_id""".formatted(SOURCE_COLUMNS, UNASSIGNED, SOURCE_TIME),
                CandidateClusters::row, id))));
    }

    private void apply(Placement placement) {
        Instant now = clock.instant();
        UUID cluster = placement.cluster() != null ? placement.cluster() : create(now);
        if (!placement.merged().isEmpty()) {
            merge(placement.merged(), cluster);
        }
        join(cluster, placement.joining(), null, now);
    }

    private UUID create(Instant now) {
        UUID cluster = UUID.randomUUID();
        sql.update("INSERT INTO candidate_clusters (id, created_at) VALUES (?, ?)", cluster, now);
        return cluster;
    }

    private void join(UUID cluster, List<String> sourceIds, String copyOf, Instant now) {
        sql.update("""
                INSERT INTO candidate_members (source_id, cluster_id, joined_at, copy_of)
                SELECT unnest(?::text[]), ?, ?, ?""", Sql.texts(sourceIds), cluster, now, copyOf);
    }

    /** Moves every member of {@code clusters} (copies with their reports) into {@code into}. */
    private void merge(Collection<UUID> clusters, UUID into) {
        sql.update("UPDATE candidate_members SET cluster_id = ? WHERE cluster_id = ANY (?)", into,
                Sql.uuids(clusters));
        sql.update("DELETE FROM candidate_clusters WHERE id = ANY (?)", Sql.uuids(clusters));
    }

    private boolean known(String sourceId) {
        return sql.one("SELECT 1 FROM sources WHERE source_id = ?", row -> true, sourceId).isPresent();
    }

    /** A listed member: a report, or a copy of the report {@code copyOf}. */
    private record Row(String copyOf, CandidateSource source) {
    }

    /** The reports in the rows' order, each with its copies; a copy whose report is not listed is left out. */
    private static List<CandidateSource> reports(List<Row> rows) {
        Map<String, List<CandidateSource>> copies = new LinkedHashMap<>();
        rows.stream().filter(row -> row.copyOf() == null)
                .forEach(row -> copies.put(row.source().sourceId(), new ArrayList<>()));
        rows.stream().filter(row -> row.copyOf() != null && copies.containsKey(row.copyOf()))
                .forEach(row -> copies.get(row.copyOf()).add(row.source()));
        return rows.stream().filter(row -> row.copyOf() == null)
                .map(row -> row.source().withCopies(copies.get(row.source().sourceId()))).toList();
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(row.getString("copy_of"), new CandidateSource(row.getString("source_id"),
                row.getString("outlet"), row.getString("title"), row.getString("url"),
                Sql.instant(row, "published_at"), Sql.instant(row, "ingested_at"), row.getString("excerpt"),
                List.of()));
    }
}
