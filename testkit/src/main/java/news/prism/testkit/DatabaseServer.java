package news.prism.testkit;

/** A running PostgreSQL server, whether embedded or a container, on which each service gets its own database. */
public interface DatabaseServer extends AutoCloseable {

    /**
     * Creates the database unless it exists. The name is lower-cased and anything outside [a-z0-9_] becomes '_'.
     *
     * @return the JDBC URL of the database
     */
    String createDatabase(String name);

    /** The JDBC URL of a database on this server (the name sanitized as by {@link #createDatabase}). */
    String jdbcUrl(String database);

    String username();

    String password();

    @Override
    void close();
}
