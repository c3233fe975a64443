package news.prism.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An embedded PostgreSQL server (zonky binaries), stopped by zonky's shutdown hook at the latest (unless
 * {@link StopOnExit} leaves that to the caller). As root, zonky runs it through {@code unshare -U}, since PostgreSQL
 * refuses to run as root. It can be stopped and started again on the same port with the same data, as an outage
 * would.
 */
public final class Postgres implements DatabaseServer {

    /** Whether a commit that was acknowledged survives a crash of the server or the machine. */
    public enum Durability {
        /** {@code fsync} and {@code synchronous_commit} on, as in production: the local stack. */
        CRASH_SAFE,
        /** {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off: test data is thrown away. */
        FAST_FOR_TESTS
    }

    private static final Logger LOG = LoggerFactory.getLogger(Postgres.class);
    private static final String USER = "postgres";
    // Authentication is 'trust', so any password is accepted; services still need one to configure.
    private static final String PASSWORD = "postgres";
    // PostgreSQL's own default of 128 MB is less than story-service's candidate index and vectors hold with 100,000
    // unassigned sources; every page past it is copied in again from the OS's cache, and placements cost more as the
    // window grew (./prism bench clustering). Memory is only taken as pages are used.
    private static final String SHARED_BUFFERS = "1GB";

    private final Path dataDirectory;
    private final boolean temporary;
    private final Durability durability;

    private int port;
    private EmbeddedPostgres server;

    /** A server whose data directory is kept on close; port 0 picks a free port. */
    public Postgres(int port, Path dataDirectory, Durability durability) {
        this(port, dataDirectory, false, durability);
    }

    private Postgres(int port, Path dataDirectory, boolean temporary, Durability durability) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.durability = durability;
    }

    /** A server in a temporary data directory, deleted on close; port 0 picks a free port. */
    public static Postgres temporary(int port, Durability durability) {
        return new Postgres(port, Directories.createTemp("prism-postgres-"), true, durability);
    }

    public synchronized Postgres start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        // The data directory is never cleaned by zonky, so that a stopped server starts again with its data; a
        // temporary one is deleted on close instead.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(StopOnExit.eachByItself())
                .setPGStartupWait(Duration.ofSeconds(60));
        // Set both ways: zonky's own defaults turn durability off.
        String durable = durability == Durability.CRASH_SAFE ? "on" : "off";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("shared_buffers", SHARED_BUFFERS);
        if (port != 0) {
            builder.setPort(port);
        }
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
        port = server.getPort();
        LOG.info("PostgreSQL up on port {} in {} ms (data in {})", server.getPort(),
                (System.nanoTime() - started) / 1_000_000, dataDirectory);
        return this;
    }

    public synchronized int port() {
        return running().getPort();
    }

    @Override
    public synchronized String createDatabase(String name) {
        String database = DatabaseNames.sanitize(name);
        DatabaseNames.createIfAbsent(jdbcUrl("postgres"), USER, PASSWORD, database);
        return jdbcUrl(database);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DatabaseNames.sanitize(database);
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    /**
     * Kills the server and all its processes with SIGKILL, as a crash would, keeping the data directory: {@link
     * #start()} brings it back with what it had made durable.
     */
    public synchronized void crash() {
        if (server == null) {
            return;
        }
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tell PostgreSQL's process id in " + dataDirectory, e);
        }
        ProcessHandle.of(postmaster).ifPresent(process -> {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.onExit().join();
        });
        stop();
    }

    /** Stops the server and keeps its data and port: {@link #start()} brings it back as it was. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Could not stop embedded PostgreSQL cleanly", e);
        }
        server = null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            Directories.deleteQuietly(dataDirectory);
        }
    }

    private EmbeddedPostgres running() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server;
    }
}
