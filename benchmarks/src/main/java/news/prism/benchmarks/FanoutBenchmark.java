package news.prism.benchmarks;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.prism.devstack.PrismService;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.PagePublished;
import news.prism.schemas.EventCodec;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.ServiceProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Story mails per second through notify-service: N confirmed subscribers of one topic and one published page (a
 * {@code PagePublished} on render's pages topic, as render-service writes it), until the SMTP server has accepted
 * all N mails (and, not timed, until notify has marked each of them sent); beside it, in the same run and against
 * the same SMTP server, a plain Jakarta Mail client that only sends N mails like notify's ({@link StoryMail}) over C
 * reused connections. Each first takes a warm-up round of W mails, not counted, as the ingest benchmark does. Usage:
 * {@code ./prism bench fanout [N [C [W]]]} (defaults 100000, 4, notify's default number of senders, and 10000).
 *
 * <p>The SMTP server is a {@link MailSink}: it speaks SMTP over TCP, takes many sessions at once and several mails
 * per session, and keeps nothing, so its cost per mail is the same at the millionth recipient as at the first. The
 * local stack's GreenMail keeps a mailbox per recipient and slows down as they add up (1,080 mails/s with 10,000
 * mailboxes, 329 with 30,000), which made it, not the senders, what a large run measured. The benchmark checks that
 * the server accepted exactly N mails in each timed round.
 */
public final class FanoutBenchmark {

    private static final String PAGES_TOPIC = "render.pages.v1";
    private static final String TOPIC = "benchmark-fanout";
    private static final String WARM_UP_TOPIC = "benchmark-warm-up";
    /** The subscribers' addresses are {@code <prefix><n>@fanout.example}, n from 1; the plain client's too. */
    private static final String READERS = "reader";
    private static final String WARM_UP_READERS = "warm-up";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);
    private static final Duration COUNT_POLL = Duration.ofMillis(20);
    private static final Duration MARKS_WAIT = Duration.ofMinutes(1);

    private FanoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The plain client looks up Jakarta Mail's stream provider as notify-service does (see its MailSessionProvider).
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
        BenchmarkFiles files = BenchmarkFiles.create();
        int mails = BenchmarkFiles.argument(args, 0, 100_000);
        int connections = BenchmarkFiles.argument(args, 1, 4);
        int warmUp = BenchmarkFiles.argument(args, 2, 10_000);
        Infrastructure infrastructure = Infrastructure.shared();
        try (MailSink mail = new MailSink().start()) {
            infrastructure.createTopics(PAGES_TOPIC);
            Map<String, String> properties = new LinkedHashMap<>(
                    infrastructure.micronautProperties("notify_benchmark_" + System.currentTimeMillis()));
            properties.put("prism.topics.pages", PAGES_TOPIC);
            properties.put("prism.smtp.host", mail.host());
            properties.put("prism.smtp.port", String.valueOf(mail.port()));
            properties.put("javamail.properties.mail.smtp.host", mail.host());
            properties.put("javamail.properties.mail.smtp.port", String.valueOf(mail.port()));

            try (var notify = new ServiceProcess(PrismService.NOTIFY.jar(files.root()), 0,
                    ServiceProcess.environmentOf(properties), List.of("-Xmx1g"), files.work().resolve("notify-service.log"))
                    .start()) {
                notify.awaitHttp("/health", Duration.ofSeconds(120));
                try (Connection database = DriverManager.getConnection(properties.get("datasources.default.url"),
                        properties.get("datasources.default.username"),
                        properties.get("datasources.default.password"))) {
                    insertSubscribers(database, WARM_UP_READERS, WARM_UP_TOPIC, warmUp);
                    System.out.printf("notify-service warm-up: one page for %d subscribers, not counted...%n", warmUp);
                    Round warmUpRound = fanOut(database, mail, infrastructure.bootstrapServers(), WARM_UP_TOPIC,
                            warmUp);
                    System.out.printf("warm-up: %.0f mails/sec%n", warmUpRound.mailsPerSecond());

                    StoryMail sample = StoryMail.parse(mail.lastMail());
                    System.out.printf("Plain SMTP client: %d mails like notify's over %d reused connections to "
                            + "%s:%d...%n", mails, connections, mail.host(), mail.port());
                    System.out.printf("warm-up: %d mails, not counted...%n", warmUp);
                    plainSmtp(mail, sample, WARM_UP_READERS, warmUp, connections);
                    MailSink.Tally plainBefore = mail.tally();
                    double plainRate = plainSmtp(mail, sample, READERS, mails, connections);
                    long plainSize = expectAccepted(mail, plainBefore, mails);
                    System.out.printf("plain SMTP client: %.0f mails/sec%n", plainRate);

                    Instant inserting = Instant.now();
                    insertSubscribers(database, READERS, TOPIC, mails);
                    System.out.printf("%d confirmed subscribers of '%s' inserted in %.1f s%n", mails, TOPIC,
                            seconds(inserting));
                    System.out.printf("notify-service: one page for %d subscribers...%n", mails);
                    Round notifyRound = fanOut(database, mail, infrastructure.bootstrapServers(), TOPIC, mails);
                    double notifyRate = notifyRound.mailsPerSecond();

                    System.out.println();
                    System.out.printf("plain SMTP client : %.0f mails/sec (%d mails of %d bytes, %d connections)%n",
                            plainRate, mails, plainSize, connections);
                    System.out.printf("notify-service    : %.0f mails/sec (%d mails of %d bytes, from the page event "
                            + "until the last mail was accepted)%n", notifyRate, mails, notifyRound.bytesPerMail());
                    System.out.printf("ratio             : %.3f of the plain SMTP client%n", notifyRate / plainRate);
                }
            }
        } finally {
            infrastructure.close();
        }
    }

    /**
     * One page for the topic's subscribers, timed until the server has accepted all their mails; then, untimed, until
     * notify has marked every one of them sent, and the server has accepted no more than that.
     */
    private static Round fanOut(Connection database, MailSink mail, String bootstrap, String topic, int mails)
            throws Exception {
        MailSink.Tally before = mail.tally();
        Instant start = Instant.now();
        String storyId = publish(bootstrap, topic);
        awaitAccepted(database, mail, storyId, before.mails(), mails, start);
        double rate = mails / seconds(start);
        awaitMarkedSent(database, storyId, mails);
        return new Round(rate, expectAccepted(mail, before, mails));
    }

    private record Round(double mailsPerSecond, long bytesPerMail) {
    }

    /** @return the mails' average size in bytes */
    private static long expectAccepted(MailSink mail, MailSink.Tally before, int mails) {
        MailSink.Tally round = mail.tally().since(before);
        if (round.mails() != mails) {
            throw new IllegalStateException("The SMTP server accepted " + round.mails() + " mails in a round of "
                    + mails);
        }
        return round.bytesPerMail();
    }

    /** Subscribers and their topic in two set-wise statements. */
    private static void insertSubscribers(Connection database, String prefix, String topic, int count)
            throws SQLException {
        try (PreparedStatement subscribers = database.prepareStatement("""
                INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
                SELECT gen_random_uuid(), ? || n || '@fanout.example', 'ACTIVE', now(), now()
                FROM generate_series(1, ?) AS n""");
             PreparedStatement subscriptions = database.prepareStatement("""
                     INSERT INTO subscriptions (subscriber_id, topic_slug, status, created_at)
                     SELECT id, ?, 'ACTIVE', now() FROM subscribers WHERE email LIKE ? || '%'""")) {
            subscribers.setString(1, prefix);
            subscribers.setInt(2, count);
            subscribers.executeUpdate();
            subscriptions.setString(1, topic);
            subscriptions.setString(2, prefix);
            subscriptions.executeUpdate();
        }
        try (PreparedStatement analyze = database.prepareStatement("ANALYZE")) {
            analyze.execute();
        }
    }

    /** @return the story's id */
    private static String publish(String bootstrap, String topic) {
        String storyId = "benchmark-story-" + UUID.randomUUID();
        PagePublished page = PagePublished.newBuilder()
                .setStoryId(storyId)
                .setVersion(1)
                .setTopicSlug(topic)
                .setTopicName("Fan-out")
                .setSlug("fanout-benchmark")
                .setUrl("http://localhost/" + TOPIC + "/fanout-benchmark")
                .setHeadline("One story for every reader")
                .setSummary("What happens when a story goes out to every subscriber of its topic at once.")
                .setCorrection(false)
                .setPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(PAGES_TOPIC, storyId, new EventCodec().encode(page));
            CloudEventHeaders.write(record.headers(), UUID.randomUUID().toString(),
                    PagePublished.getClassSchema().getFullName(), "/prism/render-service", Instant.now(),
                    TraceParent.newTrace());
            producer.send(record);
        }
        return storyId;
    }

    /** Watches the server's count, which costs notify's database nothing; reports progress from both. */
    private static void awaitAccepted(Connection database, MailSink mail, String storyId, long before, int mails,
                                      Instant start) throws Exception {
        Instant nextReport = start.plus(PROGRESS_EVERY);
        while (mail.accepted() - before < mails) {
            Thread.sleep(COUNT_POLL.toMillis());
            if (Instant.now().isAfter(nextReport)) {
                long recorded = count(database, "SELECT count(*) FROM deliveries WHERE story_id = ?", storyId);
                System.out.printf("  %5.0f s: %d deliveries recorded, %d mails accepted%n", seconds(start), recorded,
                        mail.accepted() - before);
                nextReport = nextReport.plus(PROGRESS_EVERY);
            }
            if (Duration.between(start, Instant.now()).compareTo(GIVE_UP_AFTER) > 0) {
                throw new IllegalStateException("Only " + (mail.accepted() - before) + " of " + mails
                        + " mails accepted in " + GIVE_UP_AFTER);
            }
        }
    }

    /** Notify marks a mail sent only after the server accepted it, so this follows shortly. */
    private static void awaitMarkedSent(Connection database, String storyId, int mails) throws Exception {
        Instant start = Instant.now();
        while (count(database, "SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'SENT'", storyId)
                < mails) {
            if (Duration.between(start, Instant.now()).compareTo(MARKS_WAIT) > 0) {
                throw new IllegalStateException("Not every accepted mail was marked sent within " + MARKS_WAIT);
            }
            Thread.sleep(COUNT_POLL.toMillis());
        }
    }

    private static long count(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /**
     * N mails like notify's (its sender, subject, text and HTML, each with List-Unsubscribe headers of its own), each
     * composed as notify composes it, to {@code <prefix>1} ... {@code <prefix>N}, each connection sending its share.
     */
    private static double plainSmtp(MailSink mail, StoryMail sample, String prefix, int mails, int connections)
            throws Exception {
        Properties mailProperties = new Properties();
        mailProperties.put("mail.smtp.host", mail.host());
        mailProperties.put("mail.smtp.port", String.valueOf(mail.port()));
        Session session = Session.getInstance(mailProperties);
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        try {
            Instant start = Instant.now();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int first = c;
                running.add(senders.submit(() -> {
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        for (int i = first; i < mails; i += connections) {
                            Message message = sample.to(session, prefix + (i + 1) + "@fanout.example");
                            transport.sendMessage(message, message.getAllRecipients());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
            return mails / seconds(start);
        } finally {
            senders.shutdown();
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }
}
