package news.prism.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Kafka's own command-line tools, run as child JVMs from the broker's classpath. */
public final class KafkaTools {

    private static final long TIMEOUT_SECONDS = 600;

    private KafkaTools() {
    }

    /**
     * Runs {@code kafka-producer-perf-test} ({@code org.apache.kafka.tools.ProducerPerformance}) with
     * {@code acks=all} and no throughput limit, and returns its summary line, e.g.
     * {@code "50000 records sent, 41288.2 records/sec (80.64 MB/sec), ..."}.
     */
    public static String producerPerformance(String bootstrapServers, String topic, int records, int recordSize,
                                             Path logFile) {
        try {
            Files.deleteIfExists(logFile);
            ChildProcess.runJava("kafka producer performance test", List.of(
                    "-Xmx512m", "-cp", KafkaBroker.brokerClasspath(), "org.apache.kafka.tools.ProducerPerformance",
                    "--topic", topic,
                    "--num-records", Integer.toString(records),
                    "--record-size", Integer.toString(recordSize),
                    "--throughput", "-1",
                    "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"),
                    logFile.toAbsolutePath().getParent(), logFile, TIMEOUT_SECONDS);
            return Files.readAllLines(logFile).stream()
                    .filter(line -> line.contains("records sent") && line.contains("avg latency"))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalStateException("No summary in " + logFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs Kafka's end-to-end latency test ({@code org.apache.kafka.tools.EndToEndLatency}): one record at a time
     * produced with {@code acks=all} and consumed back, and returns its percentile line, e.g.
     * {@code "Percentiles: 50th = 2, 99th = 5, 99.9th = 12"} (milliseconds). The tool creates the topic.
     */
    public static String endToEndLatency(String bootstrapServers, String topic, int records, int recordSize,
                                         Path logFile) {
        try {
            Files.deleteIfExists(logFile);
            ChildProcess.runJava("kafka end-to-end latency test", List.of(
                    "-Xmx512m", "-cp", KafkaBroker.brokerClasspath(), "org.apache.kafka.tools.EndToEndLatency",
                    bootstrapServers, topic, Integer.toString(records), "all", Integer.toString(recordSize)),
                    logFile.toAbsolutePath().getParent(), logFile, TIMEOUT_SECONDS);
            return Files.readAllLines(logFile).stream()
                    .filter(line -> line.startsWith("Percentiles:"))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalStateException("No percentiles in " + logFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
