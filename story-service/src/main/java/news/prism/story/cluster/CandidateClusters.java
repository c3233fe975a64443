package news.prism.story.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.prism.story.SqlTimes;
import news.prism.story.cluster.Candidate.CandidateSource;
import news.prism.story.cluster.Placement.Neighbour;

/**
 * The candidate clusters ({@code candidate_clusters}, {@code candidate_members}): sources that look like reports of
 * one event, grouped as they arrive. Only unassigned sources count: one a story cites (by its id) has left the
 * candidates, and a candidate with fewer than two unassigned sources is not listed.
 */
@Singleton
public class CandidateClusters {

    // The same ordering key as sources_by_time (V4), so that the window is read from the index.
    private static final String SOURCE_TIME = "coalesce(s.published_at, s.ingested_at)";
    private static final String UNASSIGNED = """
            NOT EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = s.source_id)""";
    private static final int MIN_SIZE = 2;

    private final JdbcOperations jdbc;
    private final ClusterSettings settings;
    private final Clock clock;

    public CandidateClusters(JdbcOperations jdbc, ClusterSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Serialises every change to the candidates until the transaction ends: two sources arriving at once on two
     * consumer threads (or instances) would otherwise not see each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('prism.story.candidates'))",
                PreparedStatement::execute);
    }

    /** Puts a source seen for the first time with the recent unassigned sources it is alike to, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void place(SourceText arriving) {
        lock();
        Placement.of(arriving, neighbours(arriving), settings.similarityThreshold(), settings.titleWeight())
                .ifPresent(this::apply);
    }

    /** The candidates with at least two unassigned sources: the largest first, then the latest seen. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Candidate> list() {
        return jdbc.prepareStatement("""
                WITH open AS (
                    SELECT m.cluster_id, s.source_id, s.outlet, s.title, s.url, s.published_at, s.ingested_at,
                           s.excerpt, %s AS source_time
                    FROM candidate_members m JOIN sources s ON s.source_id = m.source_id
                    WHERE %s),
                listed AS (
                    SELECT cluster_id, count(*) AS size, max(ingested_at) AS last_seen
                    FROM open GROUP BY cluster_id HAVING count(*) >= ?
                    ORDER BY size DESC, last_seen DESC, cluster_id LIMIT ?)
                SELECT open.* FROM open JOIN listed USING (cluster_id)
                ORDER BY listed.size DESC, listed.last_seen DESC, cluster_id, open.source_time, open.source_id"""
                .formatted(SOURCE_TIME, UNASSIGNED), statement -> {
            statement.setInt(1, MIN_SIZE);
            statement.setInt(2, settings.listLimit());
            Map<UUID, List<CandidateSource>> byCluster = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byCluster.computeIfAbsent(rows.getObject("cluster_id", UUID.class), id -> new ArrayList<>())
                            .add(source(rows));
                }
            }
            return byCluster.entrySet().stream().map(entry -> Candidate.of(entry.getKey(), entry.getValue()))
                    .toList();
        });
    }

    /**
     * The cluster with its unassigned sources, earliest report first (there may be fewer than two left); nothing
     * when there is no such cluster (any more: one merged into another is gone).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Candidate> find(UUID id) {
        boolean exists = jdbc.prepareStatement("SELECT 1 FROM candidate_clusters WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(jdbc.prepareStatement("""
                SELECT s.source_id, s.outlet, s.title, s.url, s.published_at, s.ingested_at, s.excerpt
                FROM candidate_members m JOIN sources s ON s.source_id = m.source_id
                WHERE m.cluster_id = ? AND %s
                ORDER BY %s, s.source_id""".formatted(UNASSIGNED, SOURCE_TIME), statement -> {
            statement.setObject(1, id);
            List<CandidateSource> sources = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sources.add(source(rows));
                }
            }
            return Candidate.of(id, sources);
        }));
    }

    /** The unassigned sources within the window around the arriving one, with their clusters. */
    private List<Neighbour> neighbours(SourceText arriving) {
        return jdbc.prepareStatement("""
                SELECT s.source_id, s.title, s.excerpt, %1$s AS source_time, m.cluster_id
                FROM sources s LEFT JOIN candidate_members m ON m.source_id = s.source_id
                WHERE s.source_id <> ? AND %1$s BETWEEN ? AND ? AND %2$s""".formatted(SOURCE_TIME, UNASSIGNED),
                statement -> {
                    statement.setString(1, arriving.sourceId());
                    statement.setObject(2, SqlTimes.of(arriving.time().minus(settings.window())));
                    statement.setObject(3, SqlTimes.of(arriving.time().plus(settings.window())));
                    List<Neighbour> neighbours = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            neighbours.add(new Neighbour(new SourceText(rows.getString("source_id"),
                                    rows.getString("title"), rows.getString("excerpt"),
                                    SqlTimes.read(rows, "source_time")), rows.getObject("cluster_id", UUID.class)));
                        }
                    }
                    return neighbours;
                });
    }

    private void apply(Placement placement) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID cluster = placement.cluster();
        if (cluster == null) {
            cluster = UUID.randomUUID();
            UUID created = cluster;
            jdbc.prepareStatement("INSERT INTO candidate_clusters (id, created_at) VALUES (?, ?)", statement -> {
                statement.setObject(1, created);
                statement.setObject(2, SqlTimes.of(now));
                return statement.executeUpdate();
            });
        }
        if (!placement.merged().isEmpty()) {
            merge(placement.merged(), cluster);
        }
        UUID joined = cluster;
        jdbc.prepareStatement("""
                INSERT INTO candidate_members (source_id, cluster_id, joined_at)
                SELECT unnest(?::text[]), ?, ?""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", placement.joining().toArray()));
            statement.setObject(2, joined);
            statement.setObject(3, SqlTimes.of(now));
            return statement.executeUpdate();
        });
    }

    private void merge(Collection<UUID> clusters, UUID into) {
        jdbc.prepareStatement("UPDATE candidate_members SET cluster_id = ? WHERE cluster_id = ANY (?)", statement -> {
            statement.setObject(1, into);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", clusters.toArray()));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM candidate_clusters WHERE id = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", clusters.toArray()));
            return statement.executeUpdate();
        });
    }

    private static CandidateSource source(ResultSet row) throws SQLException {
        return new CandidateSource(row.getString("source_id"), row.getString("outlet"), row.getString("title"),
                row.getString("url"), SqlTimes.read(row, "published_at"), SqlTimes.read(row, "ingested_at"),
                row.getString("excerpt"));
    }
}
