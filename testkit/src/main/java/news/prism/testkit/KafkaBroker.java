package news.prism.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) running as a child JVM, from the classpath that
 * the prism-kafka-runtime module records. Its data, configuration and log live in the data directory.
 */
public final class KafkaBroker implements KafkaService {

    public static final String DEFAULT_MAX_HEAP = "384m";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final String CLASSPATH_RESOURCE = "prism/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final long FORMAT_TIMEOUT_SECONDS = 60;

    private final int requestedPort;
    private final Path dataDirectory;
    private final String maxHeap;
    private final boolean deleteOnClose;
    private final Map<String, String> settings;

    private ChildProcess process;
    private int port;
    private int controllerPort;

    /** A broker whose data directory is kept on close, so that it keeps its topics between runs (the dev stack). */
    public KafkaBroker(int port, Path dataDirectory, String maxHeap) {
        this(port, dataDirectory, maxHeap, false, Map.of());
    }

    private KafkaBroker(int port, Path dataDirectory, String maxHeap, boolean deleteOnClose,
                        Map<String, String> settings) {
        this.requestedPort = port;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.maxHeap = maxHeap;
        this.deleteOnClose = deleteOnClose;
        this.settings = Map.copyOf(settings);
    }

    /** A broker in a new temporary directory that is deleted on close; port 0 picks a free port. */
    public static KafkaBroker temporary(int port) {
        return temporary(port, Map.of());
    }

    /** The same, with broker settings of the caller's (a short default retention, say) over Prism's. */
    public static KafkaBroker temporary(int port, Map<String, String> settings) {
        return new KafkaBroker(port, Directories.createTemp("prism-kafka-"), DEFAULT_MAX_HEAP, true, settings);
    }

    /** Formats the storage if needed, starts the broker and returns once it answers an admin request. */
    public synchronized KafkaBroker start() {
        if (process != null) {
            return this;
        }
        long started = System.nanoTime();
        // A broker started again keeps its ports, so that its clients find it where it was.
        if (port == 0) {
            port = requestedPort == 0 ? Ports.freePort() : requestedPort;
            controllerPort = Ports.freePort();
        }
        try {
            Files.createDirectories(dataDirectory);
            Path serverProperties = write("server.properties", serverProperties(port, controllerPort));
            Path log4jProperties = write("log4j2.properties", LOG4J_PROPERTIES);
            List<String> jvm = jvmArguments(log4jProperties);
            Path logFile = logFile();

            // A kept data directory is formatted already, with a cluster id that a new format would contradict.
            if (!Files.exists(logDirectory().resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(jvm);
                format.addAll(List.of("kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString()));
                ChildProcess.runJava("Formatting Kafka storage", format, dataDirectory, logFile,
                        FORMAT_TIMEOUT_SECONDS);
            }

            List<String> run = new ArrayList<>(jvm);
            run.addAll(List.of("kafka.Kafka", serverProperties.toString()));
            process = ChildProcess.startJava(run, Map.of(), dataDirectory, logFile);
            awaitReady();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not prepare Kafka in " + dataDirectory, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Kafka broker up at {} in {} ms (data in {})", bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, dataDirectory);
        return this;
    }

    @Override
    public synchronized String bootstrapServers() {
        if (process == null) {
            throw new IllegalStateException("The broker is not running");
        }
        return "127.0.0.1:" + port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return dataDirectory.resolve("broker.log");
    }

    /** Stops the broker and keeps its data and ports: {@link #start()} brings it back as it was. */
    public synchronized void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteQuietly(dataDirectory);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Ports.isListening(port)) {
            checkAliveAndInTime(deadline, null);
            sleep(100);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            Exception last = null;
            while (true) {
                checkAliveAndInTime(deadline, last);
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes().get().isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    last = e;
                }
                sleep(200);
            }
        }
    }

    private void checkAliveAndInTime(long deadline, Exception lastError) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The Kafka broker exited while starting\n" + process.logTail(), lastError);
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The Kafka broker did not answer within " + START_TIMEOUT.toSeconds()
                    + " s on port " + port + "\n" + process.logTail(), lastError);
        }
    }

    private List<String> jvmArguments(Path log4jProperties) {
        List<String> arguments = new ArrayList<>(List.of(
                "-Xms64m", "-Xmx" + maxHeap,
                // A lightly loaded broker on a 2-core machine: C1 code is fast enough and saves compiler CPU.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4jProperties.toUri()));
        if (Runtime.version().feature() >= 24) {
            // Kafka still unmaps buffers through sun.misc.Unsafe; without this every start prints a warning.
            arguments.add("--sun-misc-unsafe-memory-access=allow");
        }
        arguments.add("-cp");
        arguments.add(brokerClasspath());
        return arguments;
    }

    private String serverProperties(int brokerPort, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirectory(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=10",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "background.threads=2",
                "") + settingsOfTheCaller();
    }

    /** Later lines win when Kafka reads its properties. */
    private String settingsOfTheCaller() {
        StringBuilder lines = new StringBuilder();
        settings.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        return lines.toString();
    }

    private Path logDirectory() {
        return dataDirectory.resolve("kafka-logs");
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(dataDirectory.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    /** The classpath of the broker and of Kafka's own tools, from prism-kafka-runtime. */
    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: depend on "
                        + "news.prism:prism-kafka-runtime (with an exclusion of *:*)");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String first = classpath.split(java.io.File.pathSeparator)[0];
            if (!Files.exists(Path.of(first))) {
                throw new IllegalStateException("The Kafka broker classpath names " + first
                        + ", which is missing: rebuild prism-kafka-runtime on this machine");
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CLASSPATH_RESOURCE, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    // The broker is chatty at INFO; its start, stop and warnings are what help when a test fails.
    private static final String LOG4J_PROPERTIES = """
            status = error
            shutdownHook = disable
            appender.console.type = Console
            appender.console.name = STDOUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = WARN
            rootLogger.appenderRef.stdout.ref = STDOUT
            logger.server.name = kafka.server
            logger.server.level = INFO
            logger.raft.name = kafka.server.KafkaRaftServer
            logger.raft.level = INFO
            logger.controller.name = org.apache.kafka.controller
            logger.controller.level = INFO
            logger.log.name = kafka.log
            logger.log.level = WARN
            """;
}
