package news.prism.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.devstack.PrismService;
import news.prism.events.SourceSubmitted;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.KafkaTools;
import news.prism.testkit.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sources per second through ingest-service, end to end: N submissions of about 2 KB on
 * {@code newsroom.source-submissions.v1} until N {@code SourceIngested} are on {@code ingest.sources.v1}, beside
 * Kafka's own producer performance test with the same record count and size against the same broker, in the same
 * run. The service first takes a warm-up round of {@code W} other sources, not counted, so that the figure is that of
 * a running service rather than of its just-in-time compiler. Usage: {@code ./prism bench [N [W]]} (defaults 20000,
 * 20000).
 */
public final class IngestThroughputBenchmark {

    private static final String INBOUND = "newsroom.source-submissions.v1";
    private static final String INGESTED = "ingest.sources.v1";
    private static final String PASS_THROUGH_IN = "benchmark.pass-through.in";
    private static final String PASS_THROUGH_OUT = "benchmark.pass-through.out";
    private static final int RECORD_SIZE = 2048;
    private static final Pattern RATE = Pattern.compile("([0-9.]+) records/sec");
    private static final int HTTP_BATCH = 100;
    private static final int HTTP_CLIENTS = 3;

    private IngestThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sources = BenchmarkFiles.argument(args, 0, 20_000);
        int warmUp = BenchmarkFiles.argument(args, 1, 20_000);
        BenchmarkFiles files = BenchmarkFiles.create();
        Path root = files.root();
        Path work = files.work();
        Infrastructure infrastructure = Infrastructure.shared();
        String bootstrap = infrastructure.bootstrapServers();
        infrastructure.createTopics(INBOUND, INGESTED, "benchmark.producer-perf", PASS_THROUGH_IN, PASS_THROUGH_OUT);

        System.out.printf("Kafka producer performance test: %d records of %d bytes...%n", sources, RECORD_SIZE);
        String reference = KafkaTools.producerPerformance(bootstrap, "benchmark.producer-perf", sources, RECORD_SIZE,
                work.resolve("producer-perf.log"));
        double referenceRate = rate(reference);

        System.out.printf("Kafka pass-through (read and re-publish, no work): %d sources...%n", sources);
        double passThroughRate;
        try (var passThrough = new KafkaPassThrough(bootstrap, PASS_THROUGH_IN, PASS_THROUGH_OUT).start()) {
            passThroughRate = measurePipeline(bootstrap, PASS_THROUGH_IN, PASS_THROUGH_OUT, sources);
        }

        Map<String, String> properties = infrastructure.micronautProperties("ingest_benchmark_" + System.currentTimeMillis());
        try (var ingest = new ServiceProcess(PrismService.INGEST.jar(root), 0, ServiceProcess.environmentOf(properties),
                List.of("-Xmx1g"), work.resolve("ingest-service.log")).start()) {
            ingest.awaitHttp("/health", Duration.ofSeconds(120));
            if (warmUp > 0) {
                System.out.printf("ingest-service warm-up: %d sources, not counted...%n", warmUp);
                System.out.printf("warm-up: %.0f sources/sec%n", measurePipeline(bootstrap, INBOUND, INGESTED, warmUp));
            }
            System.out.printf("ingest-service: %d sources of about %d bytes through %s...%n", sources, RECORD_SIZE, INBOUND);
            double pipelineRate = measurePipeline(bootstrap, INBOUND, INGESTED, sources);
            System.out.printf("ingest-service: %d other sources by HTTP, batches of %d from %d clients...%n", sources,
                    HTTP_BATCH, HTTP_CLIENTS);
            double httpRate = measureHttpBatches(ingest.baseUrl(), bootstrap, sources);

            System.out.println();
            System.out.println("Kafka producer-perf-test : " + reference);
            System.out.printf("Kafka pass-through       : %.0f sources/sec (%.3f of the producer rate)%n",
                    passThroughRate, passThroughRate / referenceRate);
            System.out.printf("ingest-service end to end: %.0f sources/sec%n", pipelineRate);
            System.out.printf("ratio                    : %.3f of Kafka's producer rate (%.0f / %.0f), "
                    + "%.3f of the pass-through%n", pipelineRate / referenceRate, pipelineRate, referenceRate,
                    pipelineRate / passThroughRate);
            System.out.printf("ingest-service HTTP batch: %.0f sources/sec, %.3f of the topic path (target >= 0.8)%n",
                    httpRate, httpRate / pipelineRate);
        } finally {
            infrastructure.close();
        }
    }

    /** Sends {@code sources} submissions to {@code inbound} and waits until as many records are on {@code outbound}. */
    private static double measurePipeline(String bootstrap, String inbound, String outbound, int sources)
            throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        try (var consumer = outboundConsumer(bootstrap); var sender = new SubmissionSender(bootstrap)) {
            consumer.subscribe(List.of(outbound));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);

            Instant start = Instant.now();
            for (int i = 0; i < sources; i++) {
                sender.send(inbound, "k" + i, submission(runId, i));
            }
            sender.flush();
            int seen = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (seen < sources && Instant.now().isBefore(deadline)) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
            if (seen < sources) {
                throw new IllegalStateException("Only " + seen + " of " + sources + " sources arrived in time");
            }
            return sources / seconds;
        }
    }

    /**
     * Sends {@code sources} other submissions as {@code POST /api/sources/batch} requests of {@value #HTTP_BATCH} from
     * {@value #HTTP_CLIENTS} clients at once, as the topic path takes a poll per consumer thread, and waits until as
     * many records are on {@code ingest.sources.v1}.
     */
    private static double measureHttpBatches(String ingest, String bootstrap, int sources) throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        String token = Caller.newsroom("benchmark-wire").authorization();
        try (var consumer = outboundConsumer(bootstrap); var http = HttpClient.newHttpClient();
             ExecutorService clients = Executors.newFixedThreadPool(HTTP_CLIENTS)) {
            consumer.subscribe(List.of(INGESTED));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);

            Instant start = Instant.now();
            List<Future<?>> sent = new ArrayList<>();
            for (int first = 0; first < sources; first += HTTP_BATCH) {
                String body = batchJson(runId, first, Math.min(sources, first + HTTP_BATCH));
                sent.add(clients.submit(() -> {
                    var request = HttpRequest.newBuilder(URI.create(ingest + "/api/sources/batch"))
                            .header("Content-Type", "application/json").header("Authorization", token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("A batch was refused: " + answer.statusCode());
                    }
                    return null;
                }));
            }
            for (Future<?> batch : sent) {
                batch.get();
            }
            int seen = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (seen < sources && Instant.now().isBefore(deadline)) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            if (seen < sources) {
                throw new IllegalStateException("Only " + seen + " of " + sources + " sources arrived in time");
            }
            return sources / (Duration.between(start, Instant.now()).toNanos() / 1e9);
        }
    }

    private static String batchJson(String runId, int from, int to) {
        StringBuilder json = new StringBuilder("{\"sources\":[");
        for (int i = from; i < to; i++) {
            SourceSubmitted source = submission(runId, i);
            json.append(i == from ? "" : ",")
                    .append("{\"outlet\":\"").append(source.getOutlet())
                    .append("\",\"url\":\"").append(source.getUrl())
                    .append("\",\"title\":\"").append(source.getTitle())
                    .append("\",\"body\":\"").append(source.getBody())
                    .append("\",\"language\":\"en\"}");
        }
        return json.append("]}").toString();
    }

    /** Distinct text per source, so that none is a duplicate of another. */
    static SourceSubmitted submission(String runId, int i) {
        StringBuilder body = new StringBuilder(RECORD_SIZE);
        body.append("Report ").append(runId).append('-').append(i).append(". ");
        int word = i;
        while (body.length() < RECORD_SIZE - 200) {
            word = word * 1_103_515_245 + 12_345;
            body.append("w").append(Integer.toHexString(word)).append(' ');
        }
        return SourceSubmitted.newBuilder()
                .setOutlet("Benchmark Wire")
                .setUrl("https://wire.example/" + runId + "/" + i)
                .setTitle("Benchmark report " + i)
                .setBody(body.toString())
                .setPublishedAt(Instant.now())
                .setLanguage("en")
                .build();
    }

    private static double rate(String summary) {
        Matcher matcher = RATE.matcher(summary);
        if (!matcher.find()) {
            throw new IllegalStateException("No rate in: " + summary);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static KafkaConsumer<String, byte[]> outboundConsumer(String bootstrap) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
