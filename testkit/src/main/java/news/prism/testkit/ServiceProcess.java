package news.prism.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A built service fat jar running as a child JVM ({@code java -jar}), configured through environment variables,
 * with its output in a log file. For end-to-end tests and the dev stack.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmArguments;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    private ChildProcess process;

    /**
     * @param port         the HTTP port, passed as MICRONAUT_SERVER_PORT; 0 picks a free port
     * @param environment  added to this JVM's environment, e.g. DATASOURCES_DEFAULT_URL
     * @param jvmArguments placed before {@code -jar}, e.g. -Xmx256m or -Dkey=value
     */
    public ServiceProcess(Path jar, int port, Map<String, String> environment, List<String> jvmArguments,
                          Path logFile) {
        this.jar = jar.toAbsolutePath();
        this.port = port == 0 ? Ports.freePort() : port;
        this.environment = Map.copyOf(environment);
        this.jvmArguments = List.copyOf(jvmArguments);
        this.logFile = logFile.toAbsolutePath();
    }

    public ServiceProcess(Path jar, int port, Map<String, String> environment, Path logFile) {
        this(jar, port, environment, List.of(), logFile);
    }

    /**
     * Environment variables that Micronaut reads back as these properties: {@code datasources.default.url} becomes
     * {@code DATASOURCES_DEFAULT_URL}.
     */
    public static Map<String, String> environmentOf(Map<String, String> properties) {
        Map<String, String> environment = new LinkedHashMap<>();
        properties.forEach((key, value) ->
                environment.put(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }

    /** Launches the jar without waiting for it; see {@link #awaitHttp}. */
    public synchronized ServiceProcess start() {
        if (process != null) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No service jar at " + jar + ": build it first (mvn package)");
        }
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.putIfAbsent("MICRONAUT_SERVER_PORT", String.valueOf(port));
        List<String> command = new ArrayList<>(jvmArguments);
        command.add("-jar");
        command.add(jar.toString());
        process = ChildProcess.startJava(command, env, Path.of("").toAbsolutePath(), logFile);
        return this;
    }

    /**
     * Polls {@code GET <baseUrl><path>} until it answers 200.
     *
     * @throws IllegalStateException with the end of the service's log if the process exits or time runs out; the
     *                               process is stopped then
     */
    public ServiceProcess awaitHttp(String path, Duration timeout) {
        ChildProcess running = running();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(REQUEST_TIMEOUT).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (!running.isAlive()) {
                throw startFailure(jar.getFileName() + " exited before " + path + " answered 200");
            }
            if (System.nanoTime() > deadline) {
                throw startFailure(path + " did not answer 200 within " + timeout + " (last: " + lastAnswer + ")");
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return this;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + jar.getFileName(), e);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + jar.getFileName(), e);
            }
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The end of the service's log, for assertion messages. */
    public synchronized String logTail() {
        return running().logTail();
    }

    /** Kills the service as {@code kill -9} does (see {@link ChildProcess#kill}). */
    public synchronized void kill() {
        running().kill();
        process = null;
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    private IllegalStateException startFailure(String message) {
        String tail = logTail();
        close();
        return new IllegalStateException(message + "\n" + tail);
    }

    private synchronized ChildProcess running() {
        if (process == null) {
            throw new IllegalStateException(jar.getFileName() + " is not running");
        }
        return process;
    }
}
