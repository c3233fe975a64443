package news.prism.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.KafkaBroker;
import news.prism.testkit.MailServer;
import news.prism.testkit.Postgres;
import news.prism.testkit.StopOnExit;

/**
 * {@code ./prism up [--demo]}: an embedded Kafka broker, PostgreSQL and mail catcher on fixed local ports, then
 * the four services, each its own JVM. Data lives in a temporary directory and is gone when the stack stops.
 *
 * <p>Ports can be moved with PRISM_KAFKA_PORT, PRISM_POSTGRES_PORT, PRISM_SMTP_PORT, PRISM_MAIL_UI_PORT and
 * PRISM_INGEST_PORT, PRISM_STORY_PORT, PRISM_RENDER_PORT, PRISM_NOTIFY_PORT.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        boolean demo = Arrays.asList(args).contains("--demo");
        Path root = Path.of(System.getProperty("prism.home", ".")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve(".prism/logs"));
        long started = System.nanoTime();

        // One hook below stops everything in order; hooks of their own would stop the broker and the database at
        // the same moment as the services that are still using them.
        StopOnExit.leaveToCaller();
        System.out.println("Starting Kafka, PostgreSQL and the mail catcher...");
        var kafka = KafkaBroker.temporary(port("PRISM_KAFKA_PORT", 9092)).start();
        // Crash-safe like production: a source answered 201 must survive a crash of the database.
        var postgres = Postgres.temporary(port("PRISM_POSTGRES_PORT", 5432), Postgres.Durability.CRASH_SAFE).start();
        var mail = new MailServer(port("PRISM_SMTP_PORT", 2525)).start();
        var infrastructure = new Infrastructure(kafka, postgres, mail);
        var mailPage = new MailCatcherPage(mail, port("PRISM_MAIL_UI_PORT", 8025));

        System.out.println("Starting the four services...");
        PrismServices services;
        try {
            services = PrismServices.start(infrastructure, root, logs,
                    service -> port("PRISM_" + service.database().toUpperCase() + "_PORT", service.defaultPort()),
                    // Plain lines are easier to read in a terminal than the JSON the services write by default.
                    List.of("-Xmx384m", "-DPRISM_LOG_FORMAT=text"), LocalSecret.value());
        } catch (RuntimeException e) {
            mailPage.close();
            infrastructure.close();
            throw e;
        }
        // One hook, so that the services stop before the broker and the database they use.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            mailPage.close();
            infrastructure.close();
        }, "prism-stack-stop"));

        System.out.printf("%nPrism is up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.printf("  Kafka            %s%n", kafka.bootstrapServers());
        System.out.printf("  PostgreSQL       jdbc:postgresql://localhost:%d/{ingest,story,render,notify} (user %s)%n",
                postgres.port(), postgres.username());
        System.out.printf("  SMTP             %s:%d, caught mail at %s%n", mail.smtpHost(), mail.smtpPort(), mailPage.url());
        for (PrismService service : PrismService.values()) {
            System.out.printf("  %-16s %s  (log: %s)%n", service.module(), services.baseUrl(service),
                    root.relativize(services.logFile(service)));
        }
        System.out.println("  Write APIs take a bearer token: ./prism token <newsroom|reporter|editor|admin> [<name>]");

        if (demo) {
            runDemo(services, mail);
        }
        System.out.println("\nPress Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    private static void runDemo(PrismServices services, MailServer mail) {
        var demo = new Demo(new PrismClient(services), mail);
        String reader = "reader@prism.local";
        System.out.println("\nDemo: sending 4 sources to ingest-service...");
        List<String> sourceIds = demo.ingestSources();
        try (var feed = new SampleFeed()) {
            System.out.println("Demo: ingest-service polls a sample RSS feed at " + feed.url() + "...");
            System.out.println("Demo: " + demo.pollFeed(feed.url()) + " feed items taken in");
        }
        System.out.println("Demo: subscribing " + reader + " to topic '" + Demo.TOPIC + "' and confirming...");
        demo.subscribeAndConfirm(reader);
        System.out.println("Demo: " + Demo.REPORTER.name() + " writes the explainer, " + Demo.EDITOR.name()
                + " approves it...");
        Demo.Published published = demo.publishStory(sourceIds);
        demo.awaitPage(published.pageUrl());
        System.out.println("Demo: the page is at " + published.pageUrl());
        CaughtMail storyMail = demo.awaitStoryMail(reader, Demo.sampleHeadline());
        System.out.println("Demo: the e-mail " + reader + " received:\n");
        System.out.println("  Subject: " + storyMail.subject());
        System.out.println("  List-Unsubscribe: " + storyMail.listUnsubscribe());
        storyMail.text().lines().forEach(line -> System.out.println("  " + line));
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
