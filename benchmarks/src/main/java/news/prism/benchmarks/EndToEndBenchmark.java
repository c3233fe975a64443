package news.prism.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import news.prism.devstack.PrismService;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sources per second from the newsroom's topic to story-service's copy, beside ingest-service alone in the same run.
 * First ingest-service alone takes N sources of about 2 KB (on topics of its own); then a fresh ingest-service and
 * story-service take the same N through {@code ingest.sources.v1}, until story-service's database holds all N. The
 * sources report N / R events, R outlets each ({@link EventReports}), so story-service's candidate clustering has
 * real work. Every few seconds it prints how many sources each service holds and story-service's consumer lag.
 * Usage: {@code ./prism bench e2e [N [R [MINUTES]]]} (defaults 20000 sources, 20 reports per event, 30 minutes at
 * most for each part).
 */
public final class EndToEndBenchmark {

    private static final String SUBMISSIONS = "newsroom.source-submissions.v1";
    private static final String INGESTED = "ingest.sources.v1";
    private static final String STORY_GROUP = "story-service";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final double TARGET = 0.9;

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sources = BenchmarkFiles.argument(args, 0, 20_000);
        int reportsPerEvent = BenchmarkFiles.argument(args, 1, 20);
        Duration giveUp = Duration.ofMinutes(BenchmarkFiles.argument(args, 2, 30));
        BenchmarkFiles files = BenchmarkFiles.create();
        Path root = files.root();
        Path work = files.work();
        Infrastructure infrastructure = Infrastructure.shared();
        String bootstrap = infrastructure.bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        EventReports reports = new EventReports(run, reportsPerEvent,
                Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));

        try {
            System.out.printf("ingest-service alone: %d sources of about 2 KB, %d events of %d reports...%n",
                    sources, (sources + reportsPerEvent - 1) / reportsPerEvent, reportsPerEvent);
            Map<String, String> topicsOfItsOwn = Map.of(
                    "prism.topics.submissions", "benchmark.alone.submissions",
                    "prism.topics.sources", "benchmark.alone.sources",
                    "prism.topics.rejections", "benchmark.alone.rejections",
                    "prism.consumer.group-id", "ingest-service-alone");
            double alone;
            try (ServiceProcess ingest = start(infrastructure, root, PrismService.INGEST, "e2e_alone_" + run,
                    topicsOfItsOwn, work.resolve("e2e-ingest-alone.log"))) {
                alone = throughIngest(bootstrap, reports, sources, "benchmark.alone.submissions",
                        "benchmark.alone.sources", giveUp);
            }
            System.out.printf("ingest-service alone: %.0f sources/sec%n", alone);

            System.out.printf("%ningest-service and story-service: the same %d sources until story-service holds "
                    + "them all...%n", sources);
            Map<String, String> storyProperties = infrastructure.micronautProperties("e2e_story_" + run);
            try (ServiceProcess ingest = start(infrastructure, root, PrismService.INGEST, "e2e_ingest_" + run, Map.of(),
                    work.resolve("e2e-ingest.log"));
                 ServiceProcess story = start(infrastructure, root, PrismService.STORY, "e2e_story_" + run, Map.of(),
                         work.resolve("e2e-story.log"))) {
                Path storyLog = story.logFile();
                WholePath whole = throughStory(bootstrap, storyProperties, reports, sources, giveUp);
                System.out.println();
                System.out.printf("ingest-service alone            : %.0f sources/sec%n", alone);
                System.out.printf("ingest-service, whole path run  : %.0f sources/sec%n", whole.ingestRate());
                if (whole.held() < sources) {
                    System.out.printf("whole path                       : only %d of %d sources in story-service "
                            + "after %.0f s: %.1f sources/sec (log: %s)%n", whole.held(), sources, whole.seconds(),
                            whole.rate(), storyLog);
                } else {
                    System.out.printf("whole path (until story-service holds all): %.0f sources/sec%n", whole.rate());
                }
                System.out.printf("ratio                            : %.3f of ingest-service alone (target >= %.1f)%n",
                        whole.rate() / alone, TARGET);
                System.out.printf("candidates in story-service      : %s%n", candidates(storyProperties));
            }
        } finally {
            infrastructure.close();
        }
        System.exit(0);
    }

    private static ServiceProcess start(Infrastructure infrastructure, Path root, PrismService service,
                                        String database, Map<String, String> overrides, Path log) {
        Map<String, String> properties = new LinkedHashMap<>(infrastructure.micronautProperties(database));
        properties.putAll(overrides);
        return new ServiceProcess(service.jar(root), 0, ServiceProcess.environmentOf(properties),
                List.of("-Xmx1g"), log).start().awaitHttp("/health", Duration.ofSeconds(120));
    }

    /** Sends the sources to ingest-service and waits until it has published as many: sources per second. */
    private static double throughIngest(String bootstrap, EventReports reports, int sources, String inbound,
                                        String outbound, Duration giveUp) {
        try (var published = new OutboundCount(bootstrap, outbound); var sender = new SubmissionSender(bootstrap)) {
            long start = System.nanoTime();
            for (int i = 0; i < sources; i++) {
                sender.send(inbound, "r" + i, reports.report(i));
            }
            sender.flush();
            long deadline = start + giveUp.toNanos();
            while (published.count() < sources && System.nanoTime() < deadline) {
                published.poll();
            }
            if (published.count() < sources) {
                throw new IllegalStateException("ingest-service published only " + published.count() + " of "
                        + sources + " within " + giveUp);
            }
            return sources / ((System.nanoTime() - start) / 1e9);
        }
    }

    private record WholePath(double ingestRate, int held, double seconds) {

        double rate() {
            return held / seconds;
        }
    }

    private static WholePath throughStory(String bootstrap, Map<String, String> storyDatabase, EventReports reports,
                                          int sources, Duration giveUp) throws Exception {
        try (var published = new OutboundCount(bootstrap, INGESTED); var sender = new SubmissionSender(bootstrap);
             Connection story = connect(storyDatabase);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long start = System.nanoTime();
            for (int i = 0; i < sources; i++) {
                sender.send(SUBMISSIONS, "r" + i, reports.report(i));
            }
            sender.flush();
            System.out.printf("%8s %10s %10s %10s%n", "seconds", "ingested", "in story", "story lag");
            long deadline = start + giveUp.toNanos();
            long nextProgress = start;
            double ingestSeconds = Double.NaN;
            int held = 0;
            while (held < sources && System.nanoTime() < deadline) {
                if (Double.isNaN(ingestSeconds)) {
                    published.poll();
                    if (published.count() >= sources) {
                        ingestSeconds = (System.nanoTime() - start) / 1e9;
                    }
                } else {
                    Thread.sleep(50);
                }
                held = count(story, "SELECT count(*) FROM sources");
                if (System.nanoTime() >= nextProgress) {
                    System.out.printf("%8.0f %10d %10d %10d%n", (System.nanoTime() - start) / 1e9, published.count(),
                            held, lag(admin));
                    nextProgress += PROGRESS_EVERY.toNanos();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%8.0f %10d %10d %10d%n", seconds, published.count(), held, lag(admin));
            return new WholePath(published.count() / (Double.isNaN(ingestSeconds) ? seconds : ingestSeconds),
                    held, seconds);
        }
    }

    /** How many records of {@code ingest.sources.v1} story-service's consumer group has yet to commit. */
    private static long lag(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(STORY_GROUP)
                .partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(List.of(INGESTED)).allTopicNames().get().get(INGESTED).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(new TopicPartition(INGESTED, partition.partition()),
                OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    private static String candidates(Map<String, String> storyDatabase) throws SQLException {
        try (Connection story = connect(storyDatabase)) {
            return "%d sources in %d clusters".formatted(count(story, "SELECT count(*) FROM candidate_members"),
                    count(story, "SELECT count(*) FROM candidate_clusters"));
        }
    }

    private static Connection connect(Map<String, String> properties) throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    private static int count(Connection database, String query) throws SQLException {
        try (var statement = database.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Counts the records published on a topic from now on. */
    private static final class OutboundCount implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private int count;

        OutboundCount(String bootstrap, String topic) {
            Properties config = new Properties();
            config.put("bootstrap.servers", bootstrap);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
        }

        void poll() {
            count += consumer.poll(Duration.ofMillis(200)).count();
        }

        int count() {
            return count;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
