package news.prism.testkit;

import org.testcontainers.containers.PostgreSQLContainer;

/** A PostgreSQL server in a Testcontainers container. */
public final class ContainerPostgres implements DatabaseServer {

    private final PostgreSQLContainer<?> container;

    public ContainerPostgres(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    public static ContainerPostgres start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(ContainerImages.postgres())
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "max_connections=300");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public synchronized String createDatabase(String name) {
        String database = DatabaseNames.sanitize(name);
        DatabaseNames.createIfAbsent(container.getJdbcUrl(), username(), password(), database);
        return jdbcUrl(database);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + DatabaseNames.sanitize(database);
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
