package news.prism.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An embedded PostgreSQL server (zonky binaries), stopped by zonky's shutdown hook at the latest. As root, zonky
 * runs it through {@code unshare -U}, since PostgreSQL refuses to run as root.
 */
public final class Postgres implements DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(Postgres.class);
    private static final String USER = "postgres";
    // Authentication is 'trust', so any password is accepted; services still need one to configure.
    private static final String PASSWORD = "postgres";

    private final int requestedPort;
    private final Path dataDirectory;
    private final boolean temporary;

    private EmbeddedPostgres server;

    /** A server whose data directory is kept on close (the dev stack); port 0 picks a free port. */
    public Postgres(int port, Path dataDirectory) {
        this(port, dataDirectory, false);
    }

    private Postgres(int port, Path dataDirectory, boolean temporary) {
        this.requestedPort = port;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /** A server in a temporary data directory, which zonky deletes on close; port 0 picks a free port. */
    public static Postgres temporary(int port) {
        return new Postgres(port, Directories.createTemp("prism-postgres-"), true);
    }

    public synchronized Postgres start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(temporary)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Durability is worthless for test and dev data, and fsync is slow.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
        if (requestedPort != 0) {
            builder.setPort(requestedPort);
        }
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
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

    @Override
    public synchronized void close() {
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

    private EmbeddedPostgres running() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server;
    }
}
