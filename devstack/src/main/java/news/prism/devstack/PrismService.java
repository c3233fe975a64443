package news.prism.devstack;

import java.nio.file.Path;

/** The four services: their module, the database each owns, and the port the local stack gives them. */
public enum PrismService {
    INGEST("ingest-service", "ingest", 8081),
    STORY("story-service", "story", 8082),
    RENDER("render-service", "render", 8083),
    NOTIFY("notify-service", "notify", 8084);

    private final String module;
    private final String database;
    private final int defaultPort;

    PrismService(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The runnable jar that {@code mvn package} builds in the service's module. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
