package news.prism.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.KafkaTools;
import news.prism.testkit.MailServer;

/**
 * How long a reader waits after an editor approves: from the approve request to the story's page answering 200 at
 * render-service, and to the first mail of it accepted by the SMTP server, for {@code N} stories one after another
 * (after {@code W} not counted), as p50/p95/p99; beside Kafka's own end-to-end latency test against the same broker
 * in the same run. Usage: {@code ./prism bench latency [N [W]]} (defaults 200, 20).
 *
 * <p>The page is asked for once the approve has answered, then again each time render-service's database commits a
 * transaction with events (the page is stored in the one that announces it, see {@link CommitWatch}), and every
 * {@link #FALLBACK_POLL} in any case. Asking in a loop instead would time each 404 round trip as part of the wait
 * (up to a whole one after the page was there) and would keep a core busy answering them while the path it times
 * runs on the same two.
 */
public final class LatencyBenchmark {

    private static final String KAFKA_TOPIC = "benchmark.end-to-end-latency";
    private static final int KAFKA_RECORDS = 2_000;
    private static final int KAFKA_RECORD_SIZE = 1_024;
    private static final String READER = "latency-reader@prism.local";
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    /** How long the page is not asked for again when no commit was heard: bounds a missed notification's cost. */
    private static final Duration FALLBACK_POLL = Duration.ofMillis(25);

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stories = BenchmarkFiles.argument(args, 0, 200);
        int warmUp = BenchmarkFiles.argument(args, 1, 20);
        BenchmarkFiles files = BenchmarkFiles.create();
        Path root = files.root();
        Path work = files.work();
        Infrastructure infrastructure = Infrastructure.shared();

        System.out.printf("Kafka end-to-end latency test: %d records of %d bytes, acks=all...%n", KAFKA_RECORDS,
                KAFKA_RECORD_SIZE);
        String kafka = KafkaTools.endToEndLatency(infrastructure.bootstrapServers(), KAFKA_TOPIC, KAFKA_RECORDS,
                KAFKA_RECORD_SIZE, work.resolve("end-to-end-latency.log"));
        System.out.println("Kafka: " + kafka);

        try (PrismServices services = PrismServices.start(infrastructure, root, work.resolve("latency-logs"),
                service -> 0, List.of("-Xmx512m"), Caller.SECRET);
             CommitWatch renderCommits = new CommitWatch(infrastructure.database(), PrismService.RENDER.database())) {
            PrismClient client = new PrismClient(services);
            Demo demo = new Demo(client, infrastructure.mail());
            List<String> sources = demo.ingestSources();
            demo.subscribeAndConfirm(READER);
            String run = UUID.randomUUID().toString().substring(0, 8);
            System.out.printf("Warm-up: %d stories, not counted...%n", warmUp);
            measure(client, demo, infrastructure.mail(), renderCommits, sources, run + "-warm-up", warmUp,
                    new PageStages());
            System.out.printf("Approve -> page served and -> first mail accepted: %d stories, one at a time...%n",
                    stories);
            PageStages stages = new PageStages();
            Latencies measured;
            try (ReceiptWatch receipts = new ReceiptWatch(infrastructure.bootstrapServers(),
                    PageStages.storiesTopic(infrastructure.database()))) {
                measured = measure(client, demo, infrastructure.mail(), renderCommits, sources, run, stories, stages);
                stages.receipts(receipts.received());
            }

            Percentiles page = Percentiles.of(measured.page());
            Percentiles mail = Percentiles.of(measured.mail());
            double kafkaP99 = kafkaPercentile(kafka, "99th");
            System.out.println();
            System.out.printf("approve -> page served (ms):        %s%n", page);
            System.out.printf("approve -> first mail accepted (ms): %s%n", mail);
            System.out.printf("Kafka end-to-end (ms):               %s%n", kafka);
            System.out.printf("page p99 / Kafka p99: %.1f (target <= 4, and page p99 <= 100 ms)%n",
                    page.p99() / Math.max(1, kafkaP99));
            System.out.printf("first mail p99: %.0f ms (target <= 500 ms)%n", mail.p99());
            System.out.println();
            System.out.println("approve -> page served, stage by stage (ms):");
            stages.durations(infrastructure.database()).forEach((stage, sample) -> System.out.printf(
                    "  %-44s %s (%d stories)%n", stage, Percentiles.of(sample), sample.size()));
        }
        System.exit(0);
    }

    private record Latencies(List<Double> page, List<Double> mail) {
    }

    private static Latencies measure(PrismClient client, Demo demo, MailServer mail, CommitWatch renderCommits,
                                     List<String> sources, String run, int count, PageStages stages)
            throws Exception {
        List<Double> page = new ArrayList<>(count);
        List<Double> firstMail = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Demo.Published story = demo.storyInReview(sources, "Latency " + run + " story " + i);
            int mailsBefore = mail.receivedMessages().size();
            CompletableFuture<Long> mailed = CompletableFuture.supplyAsync(() -> {
                mail.waitForMessages(mailsBefore + 1, GIVE_UP);
                return System.nanoTime();
            });
            renderCommits.forget();
            stages.approved(story.storyId(), Instant.now());
            long approved = System.nanoTime();
            client.approveStory(story.storyId(), Demo.EDITOR).expect(200);
            long served = awaitPage(client, story, renderCommits, stages);
            stages.served(story.storyId(), Instant.now());
            page.add(millisSince(approved, served));
            firstMail.add(millisSince(approved, mailed.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS)));
        }
        return new Latencies(page, firstMail);
    }

    /** Asks for the page until it is there, after each commit render-service makes: the time it first answered 200. */
    private static long awaitPage(PrismClient client, Demo.Published story, CommitWatch renderCommits,
                                  PageStages stages) throws SQLException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (client.get(story.pageUrl()).status() == 200) {
                return System.nanoTime();
            }
            if (renderCommits.await(FALLBACK_POLL)) {
                stages.commitHeard(story.storyId(), Instant.now());
            }
        }
        throw new IllegalStateException("The page " + story.pageUrl() + " was not served within " + GIVE_UP);
    }

    private static double millisSince(long start, long end) {
        return (end - start) / 1_000_000.0;
    }

    private static double kafkaPercentile(String line, String which) {
        var match = Pattern.compile(which + " = ([0-9.]+)").matcher(line);
        return match.find() ? Double.parseDouble(match.group(1)) : Double.NaN;
    }

    /** p50, p95 and p99 of a sample, nearest-rank. */
    record Percentiles(double p50, double p95, double p99) {

        static Percentiles of(List<Double> sample) {
            List<Double> sorted = sample.stream().sorted().toList();
            return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
        }

        private static double rank(List<Double> sorted, double quantile) {
            return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format("p50 = %.0f, p95 = %.0f, p99 = %.0f", p50, p95, p99);
        }
    }
}
