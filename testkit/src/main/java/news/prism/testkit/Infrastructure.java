package news.prism.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One Kafka broker, one PostgreSQL server and one SMTP server. {@link #shared()} gives every test in a JVM the same
 * set: containers when Docker is available, otherwise a broker child process and embedded servers.
 */
public final class Infrastructure implements AutoCloseable {

    /** System property (or env PRISM_TESTKIT_DOCKER) that forces the Docker path on (true) or off (false). */
    public static final String DOCKER_PROPERTY = "prism.testkit.docker";

    public static final int DEFAULT_PARTITIONS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    private static Infrastructure shared;
    private static RuntimeException sharedFailure;

    private final KafkaService kafka;
    private final DatabaseServer database;
    private final MailServer mail;

    public Infrastructure(KafkaService kafka, DatabaseServer database, MailServer mail) {
        this.kafka = kafka;
        this.database = database;
        this.mail = mail;
    }

    /**
     * The set for this JVM, started on first use and closed when the JVM exits. If it failed to start, later calls
     * fail at once rather than make every test class wait for the same failure.
     */
    public static synchronized Infrastructure shared() {
        if (sharedFailure != null) {
            throw new IllegalStateException("The shared test infrastructure failed to start earlier", sharedFailure);
        }
        if (shared == null) {
            try {
                shared = start(dockerAvailable());
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "prism-infrastructure-stop"));
        }
        return shared;
    }

    /** Starts a new set, the broker and the database in parallel; the caller closes it. */
    public static Infrastructure start(boolean useDocker) {
        LOG.info("Starting test infrastructure {}", useDocker ? "in Docker containers" : "without Docker");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<KafkaService> kafka = CompletableFuture.supplyAsync(useDocker
                    ? ContainerKafka::start
                    : () -> KafkaBroker.temporary(0).start(), executor);
            CompletableFuture<DatabaseServer> database = CompletableFuture.supplyAsync(useDocker
                    ? ContainerPostgres::start
                    : () -> Postgres.temporary(0, Postgres.Durability.FAST_FOR_TESTS).start(), executor);
            CompletableFuture<MailServer> mail = CompletableFuture.supplyAsync(() -> new MailServer(0).start());
            try {
                return new Infrastructure(kafka.join(), database.join(), mail.join());
            } catch (CompletionException e) {
                closeWhenStarted(kafka, database, mail);
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        } finally {
            executor.shutdown();
        }
    }

    /** Whether Testcontainers can reach a Docker engine, unless {@value #DOCKER_PROPERTY} decides. */
    public static boolean dockerAvailable() {
        String forced = System.getProperty(DOCKER_PROPERTY, System.getenv("PRISM_TESTKIT_DOCKER"));
        if (forced != null && !forced.isBlank()) {
            return Boolean.parseBoolean(forced.strip());
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) {
            return false;
        }
    }

    public KafkaService kafka() {
        return kafka;
    }

    public DatabaseServer database() {
        return database;
    }

    public MailServer mail() {
        return mail;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Creates the topics with {@value #DEFAULT_PARTITIONS} partitions unless they exist. */
    public void createTopics(String... names) {
        createTopics(DEFAULT_PARTITIONS, names);
    }

    public void createTopics(int partitions, String... names) {
        Topics.create(kafka.bootstrapServers(), partitions, List.of(names));
    }

    /**
     * The configuration a Prism service needs to run against this infrastructure, with its own database (created
     * if absent). Pass it to the Micronaut test context, or through {@link ServiceProcess#environmentOf} to a jar.
     */
    public Map<String, String> micronautProperties(String databaseName) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put("datasources.default.url", database.createDatabase(databaseName));
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("prism.smtp.host", mail.smtpHost());
        properties.put("prism.smtp.port", String.valueOf(mail.smtpPort()));
        properties.put("javamail.properties.mail.smtp.host", mail.smtpHost());
        properties.put("javamail.properties.mail.smtp.port", String.valueOf(mail.smtpPort()));
        properties.put("prism.security.jwt-secret", Caller.SECRET);
        return Collections.unmodifiableMap(properties);
    }

    @Override
    public void close() {
        closeQuietly(mail);
        closeQuietly(kafka);
        closeQuietly(database);
    }

    @SafeVarargs
    private static void closeWhenStarted(CompletableFuture<? extends AutoCloseable>... starting) {
        for (CompletableFuture<? extends AutoCloseable> future : starting) {
            future.handle((started, failure) -> started).thenAccept(Infrastructure::closeQuietly).join();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Could not stop {}", closeable, e);
        }
    }
}
