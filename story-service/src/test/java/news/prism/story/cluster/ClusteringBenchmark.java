package news.prism.story.cluster;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import news.prism.story.source.SourceCopies;
import news.prism.story.source.SourceCopy;
import news.prism.testkit.Postgres;
import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.LoggerFactory;

/**
 * What placing one arriving source among the story candidates costs with 1,000, 10,000 and 100,000 unassigned
 * sources in its window, in a real (embedded) PostgreSQL. For each size, a database of its own is filled in bulk
 * (COPY) with synthetic reports (SyntheticNews: 50 per event), at schema V5; story-service then starts on it, so
 * that migrations V6 and V9 give them their keys, term counts and vectors, and the reports of each event are put
 * into one candidate, as placing them one by one would have. Then it places new reports (of the loaded events, and
 * one in five of an event not seen yet) as SourceIngestedHandler does, in transactions that are rolled back so that
 * every placement sees the same database: one by one, and then in batches of {@link #BATCH} (as the consumer places a
 * poll), each ROUNDS warm-up rounds (so that the first size is not measured while the JIT still compiles), then
 * ROUNDS rounds of PLACEMENTS. It prints per size and way the median of the rounds' mean cost per placement, the
 * range, and how many reports of a loaded event joined their event's candidate. Last, the ratio of the largest
 * size's cost to the smallest's, for each way.
 *
 * <p>{@code ./prism bench clustering [PLACEMENTS [ROUNDS [SIZES...]]]}, or {@code mvn -B -q -pl story-service -am
 * test-compile -Pclustering-benchmark -Dexec.args="..."}; the defaults are 200, 5 and 1000 10000 100000.
 */
public final class ClusteringBenchmark {

    private static final int DEFAULT_PLACEMENTS = 200;
    private static final int DEFAULT_ROUNDS = 5;
    private static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 100_000);
    private static final int REPORTS_PER_EVENT = 50;
    private static final int NEW_EVENT_EVERY = 5;
    // Sources placed in one transaction in the batched rounds, as a consumer's poll of that many new sources is.
    private static final int BATCH = 100;
    private static final int COPY_BATCH = 10_000;
    private static final long SEED = 15;
    // Every loaded report is within the window of every arriving one: events over three days, and their reports
    // within a day of them.
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration EVENTS_SPAN = Duration.ofDays(3);
    private static final double NANOS_PER_MILLI = 1e6;

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int placements = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PLACEMENTS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        List<Integer> sizes = args.length > 2
                ? Arrays.stream(args, 2, args.length).map(Integer::parseInt).toList() : DEFAULT_SIZES;
        // The service's and the database's logs would bury the figures.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        SyntheticNews news = new SyntheticNews(SEED, START, EVENTS_SPAN);
        List<Result> results = new ArrayList<>();
        try (Postgres postgres = Postgres.temporary(0, Postgres.Durability.FAST_FOR_TESTS).start()) {
            for (int size : sizes) {
                results.add(measure(postgres, news, size, placements, rounds));
            }
        }
        System.out.printf(Locale.ROOT, "%nclustering: cost of placing one source, %d placements x %d rounds after as "
                + "many warm-up rounds, %d reports per event; one by one, and in batches of %d as a consumer's poll%n",
                placements, rounds, REPORTS_PER_EVENT, BATCH);
        System.out.printf(Locale.ROOT, "%12s %9s %10s %8s %12s %18s %14s%n", "unassigned", "load s", "V6+V9 s",
                "batch", "median ms", "range ms", "joined event");
        for (Result result : results) {
            for (int batch : List.of(1, BATCH)) {
                Cost cost = result.cost(batch);
                System.out.printf(Locale.ROOT, "%12d %9.1f %10.1f %8d %12.2f %8.2f - %7.2f %13.1f%%%n",
                        result.size(), result.loadSeconds(), result.keysSeconds(), batch, cost.median(), cost.min(),
                        cost.max(), cost.joined() * 100);
            }
        }
        if (results.size() > 1) {
            Result smallest = results.getFirst();
            Result largest = results.getLast();
            for (int batch : List.of(1, BATCH)) {
                System.out.printf(Locale.ROOT, "ratio %d / %d, batches of %d: %.2f (target <= 1.5)%n", largest.size(),
                        smallest.size(), batch, largest.cost(batch).median() / smallest.cost(batch).median());
            }
        }
    }

    private record Result(int size, double loadSeconds, double keysSeconds, Cost oneByOne, Cost batched) {

        Cost cost(int batch) {
            return batch == 1 ? oneByOne : batched;
        }
    }

    private static Result measure(Postgres postgres, SyntheticNews news, int size, int placements, int rounds)
            throws SQLException {
        String url = postgres.createDatabase("clustering_" + size + "_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                .locations("classpath:db/migration", "classpath:db/eventing").outOfOrder(true).target("5")
                .load().migrate();
        int events = Math.max(1, size / REPORTS_PER_EVENT);
        long loading = System.nanoTime();
        load(url, postgres, news, size, events);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;

        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "datasources.default.username", postgres.username(),
                "datasources.default.password", postgres.password(),
                "prism.consumer.enabled", false,
                "prism.outbox.relay-enabled", false,
                "prism.kafka.declare-topics", false,
                // No tracing SDK: its shutdown hook would run after exec:java has closed the class loader.
                "otel.sdk.disabled", true,
                "prism.security.jwt-secret", "clustering-benchmark-secret-of-32-bytes!",
                "logger.levels.root", Level.ERROR.levelStr))) {
            CandidateClusters clusters = context.getBean(CandidateClusters.class);
            double keysSeconds = clusterByEvent(url, postgres);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            SourceCopies copies = context.getBean(SourceCopies.class);
            Placer placer = new Placer(news, events, transactions, copies, clusters);
            Cost oneByOne = cost(placer, placements, 1, rounds);
            Cost batched = cost(placer, placements, BATCH, rounds);
            System.out.printf(Locale.ROOT, "%d unassigned sources: rounds %s ms per placement one by one, %s in "
                    + "batches of %d%n", size, oneByOne.rounds(), batched.rounds(), BATCH);
            return new Result(size, loadSeconds, keysSeconds, oneByOne, batched);
        }
    }

    /** The median, least and greatest of the rounds' mean cost per placement, and the share that joined their event. */
    private record Cost(double median, double min, double max, double joined, List<String> rounds) {
    }

    /** {@code rounds} warm-up rounds, then {@code rounds} measured rounds. */
    private static Cost cost(Placer placer, int placements, int batch, int rounds) {
        for (int round = 0; round < rounds; round++) {
            placer.round(placements, batch);
        }
        double[] means = new double[rounds];
        long joined = 0;
        long ofLoadedEvents = 0;
        for (int round = 0; round < rounds; round++) {
            Placer.Round measured = placer.round(placements, batch);
            means[round] = measured.nanos() / NANOS_PER_MILLI / placements;
            joined += measured.joined();
            ofLoadedEvents += measured.ofLoadedEvents();
        }
        double[] sorted = means.clone();
        Arrays.sort(sorted);
        return new Cost(sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1],
                ofLoadedEvents == 0 ? 0 : (double) joined / ofLoadedEvents,
                Arrays.stream(means).mapToObj(mean -> String.format(Locale.ROOT, "%.2f", mean)).toList());
    }

    /** The sources of {@code events} events, {@code size} in all, with COPY. */
    private static void load(String url, Postgres postgres, SyntheticNews news, int size, int events)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < size; i++) {
                int event = i % events;
                SourceText text = news.report(event, i / events, sourceId(event, i / events)).text();
                rows.append(csv(text.sourceId())).append(',').append(csv("Outlet " + i % 97)).append(',')
                        .append(csv("https://news.example/" + text.sourceId())).append(',').append(csv(text.title()))
                        .append(',').append(text.time()).append(',').append(text.time().plusSeconds(600)).append(',')
                        .append(csv(text.excerpt())).append('\n');
                if ((i + 1) % COPY_BATCH == 0 || i == size - 1) {
                    try {
                        copy.copyIn("COPY sources (source_id, outlet, url, title, published_at, ingested_at, "
                                + "excerpt) FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
                    } catch (IOException e) {
                        throw new SQLException(e);
                    }
                    rows.setLength(0);
                }
            }
        }
    }

    /**
     * Each event's reports in one candidate, as placing them one by one would leave them.
     *
     * @return how long migrations V6 and V9 took together, in seconds
     */
    private static double clusterByEvent(String url, Postgres postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE benchmark_events AS
                    SELECT event, gen_random_uuid() AS cluster_id
                    FROM (SELECT DISTINCT split_part(source_id, '-', 1) AS event FROM sources) e""");
            statement.execute("""
                    INSERT INTO candidate_clusters (id, created_at) SELECT cluster_id, now() FROM benchmark_events""");
            statement.execute("""
                    INSERT INTO candidate_members (source_id, cluster_id, joined_at)
                    SELECT s.source_id, e.cluster_id, now()
                    FROM sources s JOIN benchmark_events e ON e.event = split_part(s.source_id, '-', 1)""");
            statement.execute("ANALYZE");
            try (ResultSet row = statement.executeQuery(
                    "SELECT sum(execution_time) FROM flyway_schema_history WHERE version IN ('6', '9')")) {
                row.next();
                return row.getInt(1) / 1e3;
            }
        }
    }

    private static String sourceId(int event, int report) {
        return "e" + event + "-r" + report;
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Places new reports, each in a transaction that is rolled back. */
    private static final class Placer {

        record Round(long nanos, long joined, long ofLoadedEvents) {
        }

        private final SyntheticNews news;
        private final int events;
        private final TransactionOperations<Connection> transactions;
        private final SourceCopies copies;
        private final CandidateClusters clusters;
        private final Random random = new Random(SEED);
        private int next;

        Placer(SyntheticNews news, int events, TransactionOperations<Connection> transactions, SourceCopies copies,
               CandidateClusters clusters) {
            this.news = news;
            this.events = events;
            this.transactions = transactions;
            this.copies = copies;
            this.clusters = clusters;
        }

        /** {@code placements} new reports, {@code batch} at a time, as a consumer's poll is placed. */
        Round round(int placements, int batch) {
            long nanos = 0;
            long joined = 0;
            long ofLoadedEvents = 0;
            for (int from = 0; from < placements; from += batch) {
                List<SourceText> texts = new ArrayList<>();
                List<Integer> loadedEvents = new ArrayList<>();
                for (int i = from; i < Math.min(placements, from + batch); i++) {
                    boolean newEvent = i % NEW_EVENT_EVERY == 0;
                    int event = newEvent ? events + next : random.nextInt(events);
                    String id = "n" + next++ + "-" + event;
                    texts.add(news.report(event, REPORTS_PER_EVENT + next, id).text());
                    loadedEvents.add(newEvent ? null : event);
                }
                long[] took = new long[1];
                long joinedTheirEvent = transactions.executeWrite(status -> {
                    long start = System.nanoTime();
                    copies.upsertAll(texts.stream().map(text -> new SourceCopy(text.sourceId(), "Outlet",
                            "https://news.example/" + text.sourceId(), text.title(), text.time(), "en",
                            text.time().plusSeconds(600), text.excerpt())).toList());
                    clusters.placeAll(texts.stream().map(Arrival::report).toList());
                    took[0] = System.nanoTime() - start;
                    long inEvent = 0;
                    for (int i = 0; i < texts.size(); i++) {
                        Integer event = loadedEvents.get(i);
                        if (event != null && inEventCandidate(status.getConnection(), texts.get(i).sourceId(),
                                event)) {
                            inEvent++;
                        }
                    }
                    status.setRollbackOnly();
                    return inEvent;
                });
                nanos += took[0];
                joined += joinedTheirEvent;
                ofLoadedEvents += loadedEvents.stream().filter(event -> event != null).count();
            }
            return new Round(nanos, joined, ofLoadedEvents);
        }

        private static boolean inEventCandidate(Connection connection, String sourceId, int event) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT 1 FROM candidate_members m JOIN candidate_members other ON other.cluster_id = m.cluster_id
                    WHERE m.source_id = ? AND other.source_id = ?""")) {
                statement.setString(1, sourceId);
                statement.setString(2, sourceId(event, 0));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
