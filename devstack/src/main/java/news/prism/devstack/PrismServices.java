package news.prism.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import news.prism.testkit.BearerTokens;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.Ports;
import news.prism.testkit.ServiceProcess;

/**
 * The four services, each a separate JVM started from its jar and configured only through environment
 * variables, as operators run them. They talk to each other only through Kafka.
 */
public final class PrismServices implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Map<PrismService, ServiceProcess> processes;
    private final BearerTokens tokens;

    private PrismServices(Map<PrismService, ServiceProcess> processes, BearerTokens tokens) {
        this.processes = processes;
        this.tokens = tokens;
    }

    /**
     * Starts all four at once and waits until each answers on {@code /health}.
     *
     * @param ports the HTTP port of each service (0 picks a free one)
     * @param tokenSecret the shared secret the services verify bearer tokens with
     */
    public static PrismServices start(Infrastructure infrastructure, Path repositoryRoot, Path logDirectory,
                                      ToIntFunction<PrismService> ports, List<String> jvmArguments,
                                      String tokenSecret) {
        Map<PrismService, Integer> chosen = new EnumMap<>(PrismService.class);
        for (PrismService service : PrismService.values()) {
            int port = ports.applyAsInt(service);
            chosen.put(service, port == 0 ? Ports.freePort() : port);
        }
        return startEach(infrastructure, repositoryRoot, logDirectory, chosen, chosen, jvmArguments, tokenSecret, "");
    }

    /**
     * Starts another instance of each of the four next to {@code first}: the same databases, consumer groups and
     * links (its pages and mails point at the first instances), each on a free port, as a second replica of every
     * service would run. Its logs are {@code <module>-<name>.log}.
     */
    public static PrismServices alongside(PrismServices first, Infrastructure infrastructure, Path repositoryRoot,
                                          Path logDirectory, List<String> jvmArguments, String tokenSecret,
                                          String name) {
        Map<PrismService, Integer> links = new EnumMap<>(PrismService.class);
        Map<PrismService, Integer> own = new EnumMap<>(PrismService.class);
        for (PrismService service : PrismService.values()) {
            links.put(service, first.processes.get(service).port());
            own.put(service, Ports.freePort());
        }
        return startEach(infrastructure, repositoryRoot, logDirectory, own, links, jvmArguments, tokenSecret,
                "-" + name);
    }

    private static PrismServices startEach(Infrastructure infrastructure, Path repositoryRoot, Path logDirectory,
                                           Map<PrismService, Integer> ports, Map<PrismService, Integer> links,
                                           List<String> jvmArguments, String tokenSecret, String logSuffix) {
        Map<PrismService, ServiceProcess> processes = new EnumMap<>(PrismService.class);
        var started = new PrismServices(processes, new BearerTokens(tokenSecret));
        try {
            for (PrismService service : PrismService.values()) {
                Map<String, String> properties = new LinkedHashMap<>(
                        infrastructure.micronautProperties(service.database()));
                properties.putAll(linksBetweenServices(service, links));
                properties.put("prism.security.jwt-secret", tokenSecret);
                var process = new ServiceProcess(service.jar(repositoryRoot), ports.get(service),
                        ServiceProcess.environmentOf(properties), jvmArguments,
                        logDirectory.resolve(service.module() + logSuffix + ".log"));
                processes.put(service, process.start());
            }
            for (ServiceProcess process : processes.values()) {
                process.awaitHttp("/health", STARTUP_TIMEOUT);
            }
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    public String baseUrl(PrismService service) {
        return processes.get(service).baseUrl();
    }

    /** Issues the tokens these services accept. */
    public BearerTokens tokens() {
        return tokens;
    }

    public Path logFile(PrismService service) {
        return processes.get(service).logFile();
    }

    /** The absolute URLs a service puts into pages and mails, and what the local machine needs of ingest. */
    private static Map<String, String> linksBetweenServices(PrismService service, Map<PrismService, Integer> ports) {
        String render = "http://localhost:" + ports.get(PrismService.RENDER);
        String notify = "http://localhost:" + ports.get(PrismService.NOTIFY);
        return switch (service) {
            case RENDER -> Map.of("prism.render.public-url", render, "prism.render.notify-url", notify);
            case NOTIFY -> Map.of("prism.notify.public-url", notify);
            // The sample feed is served on loopback, which ingest refuses to fetch unless told otherwise.
            case INGEST -> Map.of("prism.ingest.feeds.allow-private-addresses", "true");
            default -> Map.of();
        };
    }

    /** Kills one of the four as {@code kill -9} does, with whatever it was doing in flight. */
    public void kill(PrismService service) {
        processes.get(service).kill();
    }

    @Override
    public void close() {
        processes.values().forEach(ServiceProcess::close);
    }
}
