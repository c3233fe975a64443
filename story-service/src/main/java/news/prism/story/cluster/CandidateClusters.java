package news.prism.story.cluster;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.prism.data.Sql;
import news.prism.story.cluster.Candidate.CandidateSource;
import news.prism.story.cluster.KeyIndex.Posting;
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
    private final PlacedVectors placedVectors;

    public CandidateClusters(Sql sql, ClusterSettings settings, Clock clock, KeyIndex index,
                             TermStatistics statistics, ClusterLocks locks, PlacedVectors placedVectors) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
        this.index = index;
        this.statistics = statistics;
        this.locks = locks;
        this.placedVectors = placedVectors;
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
        placeAll(List.of(Arrival.report(arriving)));
    }

    /**
     * Places sources seen for the first time, in their order, with the effect of placing each on its own: a report
     * with the recent unassigned sources it is alike to (those of the batch before it included), a near-duplicate
     * copy of a source known by then with that source's report. A copy of a source not known by then is a report.
     * One pass for the batch: its frequencies, keys, neighbours and memberships are each read in one statement, and
     * its changes written in a few.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void placeAll(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        Set<String> knownOriginals = knownBefore(arrivals);
        List<Arrival> placed = new ArrayList<>();
        Set<String> arrived = new HashSet<>();
        for (Arrival arrival : arrivals) {
            String original = arrival.copyOf();
            boolean copy = original != null && !original.equals(arrival.sourceId())
                    && (arrived.contains(original) || knownOriginals.contains(original));
            placed.add(copy ? arrival : Arrival.report(arrival.text()));
            arrived.add(arrival.sourceId());
        }
        List<SourceText> reports = placed.stream().filter(arrival -> arrival.copyOf() == null)
                .map(Arrival::text).toList();
        List<Map<String, Integer>> terms = reports.stream()
                .map(report -> Similarity.termCounts(report, settings.titleWeight())).toList();
        List<TermVector> vectors = vectors(terms);
        List<List<String>> keys = vectors.stream().map(vector -> Keys.of(vector, settings.keysPerSource())).toList();
        index.lock(keys.stream().flatMap(List::stream).collect(Collectors.toSet()));
        List<List<Neighbour>> alike = alike(reports, vectors, keys);

        Set<String> linked = new HashSet<>();
        alike.forEach(neighbours -> neighbours.forEach(neighbour -> linked.add(neighbour.sourceId())));
        placed.stream().filter(arrival -> arrival.copyOf() != null).map(Arrival::copyOf)
                .filter(knownOriginals::contains).forEach(linked::add);
        arrived.forEach(linked::remove);
        CandidateChanges changes = new CandidateChanges(locks.lockMemberships(linked));
        int report = 0;
        for (Arrival arrival : placed) {
            if (arrival.copyOf() != null) {
                changes.joinCopy(arrival.sourceId(), arrival.copyOf());
                continue;
            }
            List<Neighbour> current = alike.get(report++).stream()
                    .map(neighbour -> neighbour.inCluster(changes.clusterOf(neighbour.sourceId()))).toList();
            Placement.linking(arrival.text(), current).ifPresent(changes::apply);
        }
        changes.write(sql, clock.instant());
        index.add(reports, keys);
        placedVectors.add(reports.stream().map(SourceText::sourceId).toList(), vectors);
        statistics.count(terms.stream().map(Map::keySet).toList(), arrivals.getFirst().sourceId());
    }

    /**
     * Each report's vector, weighed by the frequencies as committed with the reports of the batch before it counted,
     * and itself.
     */
    private List<TermVector> vectors(List<Map<String, Integer>> terms) {
        RunningFrequencies frequencies = new RunningFrequencies(statistics.read(
                terms.stream().flatMap(counts -> counts.keySet().stream()).collect(Collectors.toSet())));
        List<TermVector> vectors = new ArrayList<>();
        for (Map<String, Integer> counts : terms) {
            vectors.add(TermVector.of(counts, frequencies.withSource(counts.keySet())));
            frequencies.add(counts.keySet());
        }
        return vectors;
    }

    /**
     * For each report, the neighbours it is alike enough to: those indexed before the batch ({@link KeyIndex}) and
     * the reports of the batch before it, that share one of its keys; each scored by the vector it was placed by.
     */
    private List<List<Neighbour>> alike(List<SourceText> reports, List<TermVector> vectors, List<List<String>> keys) {
        List<List<Posting>> near = withinBatch(reports, keys, index.neighbours(reports, keys));
        List<PlacedVector> placed = vectors.stream().map(TermVector::placed).toList();
        Map<String, PlacedVector> neighbourVectors = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            neighbourVectors.put(reports.get(i).sourceId(), placed.get(i));
        }
        neighbourVectors.putAll(placedVectors.of(near.stream().flatMap(List::stream).map(Posting::sourceId)
                .filter(sourceId -> !neighbourVectors.containsKey(sourceId)).collect(Collectors.toSet())));
        List<List<Neighbour>> alike = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            List<Neighbour> neighbours = near.get(i).stream()
                    .map(posting -> new Neighbour(posting.sourceId(), posting.latest(), null)).toList();
            alike.add(Placement.alike(placed.get(i), neighbours, neighbours.stream()
                    // Every indexed report has its vector; the empty one would score 0.
                    .map(neighbour -> neighbourVectors.getOrDefault(neighbour.sourceId(), PlacedVector.NONE)).toList(),
                    settings.similarityThreshold()));
        }
        return alike;
    }

    /**
     * For each report, the sources read from the index for it, with the reports of the batch before it that share
     * its keys within the window, ranked and bounded as the index ranks them.
     */
    private List<List<Posting>> withinBatch(List<SourceText> reports, List<List<String>> keys,
                                            List<List<Posting>> indexed) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<List<Posting>> near = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Map<Integer, Integer> shared = new LinkedHashMap<>();
            for (String key : keys.get(i)) {
                for (int earlier : byKey.getOrDefault(key, List.of())) {
                    if (!Duration.between(reports.get(earlier).time(), reports.get(i).time()).abs()
                            .minus(settings.window()).isPositive()) {
                        shared.merge(earlier, 1, Integer::sum);
                    }
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            List<Posting> all = new ArrayList<>(indexed.get(i));
            shared.forEach((earlier, count) -> all.add(new Posting(reports.get(earlier).sourceId(), count,
                    reports.get(earlier).time())));
            near.add(KeyIndex.ranked(all, settings.neighbourLimit()));
        }
        return near;
    }

    /** The originals named by the batch's copies that were here before it. */
    private Set<String> knownBefore(List<Arrival> arrivals) {
        Set<String> arriving = arrivals.stream().map(Arrival::sourceId).collect(Collectors.toSet());
        List<String> originals = arrivals.stream().map(Arrival::copyOf)
                .filter(original -> original != null && !arriving.contains(original)).distinct().toList();
        if (originals.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.list("SELECT source_id FROM sources WHERE source_id = ANY (?)",
                rows -> rows.getString("source_id"), Sql.texts(originals)));
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
