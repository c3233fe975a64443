package news.prism.render.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.prism.testkit.ChildProcess;

/**
 * A headless Chromium started by the test with a fresh profile, reachable over the DevTools protocol. Closing it ends
 * the process the test started and the processes that one started, and deletes the profile.
 */
final class ChromiumProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            // Without these Chromium keeps opening connections of its own, which a closed network refuses.
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            // The service under test is the only host the page may reach; any other (a story's image host) fails at once.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0");

    private final ChildProcess process;
    private final Path profile;

    private ChromiumProcess(ChildProcess process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /** Starts Chromium with its profile and log in {@code workDirectory}. */
    static ChromiumProcess start(Path workDirectory) {
        Path binary = ChromiumBinary.locate();
        try {
            Files.createDirectories(workDirectory);
            Path profile = Files.createTempDirectory(workDirectory.toAbsolutePath(), "profile-");
            List<String> command = Stream.of(Stream.of(binary.toString()), FLAGS.stream(),
                    Stream.of("--user-data-dir=" + profile, "about:blank")).flatMap(part -> part).toList();
            return new ChromiumProcess(
                    ChildProcess.start(command, Map.of(), workDirectory, workDirectory.resolve("chromium.log")), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binary, e);
        }
    }

    /**
     * The browser's DevTools WebSocket, from the {@code DevToolsActivePort} file Chromium writes into its profile
     * once it listens: the port on the first line, the browser's path on the second. Waits for it.
     */
    URI devToolsEndpoint() {
        Path portFile = profile.resolve("DevToolsActivePort");
        List<String> lines = await("Chromium's DevTools port").atMost(STARTUP).pollInterval(Duration.ofMillis(100))
                .until(() -> readLines(portFile), found -> found.size() >= 2 || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("Chromium exited before it took DevTools clients\n" + process.logTail());
        }
        return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    }

    String logTail() {
        return process.logTail();
    }

    @Override
    public void close() {
        process.close();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete Chromium's profile " + profile, e);
        }
    }

    private static List<String> readLines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
