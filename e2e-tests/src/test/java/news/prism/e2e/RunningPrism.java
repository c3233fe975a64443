package news.prism.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.prism.devstack.PrismServices;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;

/**
 * The four services as separate processes on the shared broker, database server and mail server, started once
 * for all end-to-end test classes of the JVM and stopped when it exits.
 */
final class RunningPrism {

    private static PrismServices services;

    private RunningPrism() {
    }

    static synchronized PrismServices services() {
        if (services == null) {
            Path root = Path.of(System.getProperty("prism.home", "..")).toAbsolutePath().normalize();
            Path logs;
            try {
                logs = Files.createDirectories(root.resolve("e2e-tests/target/service-logs"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrismServices started = PrismServices.start(Infrastructure.shared(), root, logs, service -> 0,
                    // The event path's and the mail senders' debug lines (outbox writes, handled events, each mail
                    // sent) carry the trace ids TracingIT looks for.
                    List.of("-Xmx256m", "-Dlogger.levels.news.prism.eventing=DEBUG",
                            "-Dlogger.levels.news.prism.notify.mail=DEBUG"), Caller.SECRET);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "prism-e2e-services-stop"));
            services = started;
        }
        return services;
    }
}
