package news.prism.benchmarks;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
 * {@code PagePublished} on render's pages topic, as render-service writes it), until notify has marked all N mails
 * sent, which it does only once the SMTP server accepted them; beside it, in the same run and against the same SMTP
 * server, a plain Jakarta Mail client that only sends N similar mails over C reused connections. Each first takes a
 * warm-up round of W mails, not counted, as the ingest benchmark does. Usage: {@code ./prism bench fanout [N [C [W]]]}
 * (defaults 100000, 4, notify's default number of senders, and 10000).
 *
 * <p>The SMTP server is the local stack's GreenMail: it takes several mails per session and many connections at
 * once, but stores each accepted mail under one lock, so its own rate is the ceiling of both figures. It keeps a
 * mailbox per recipient it has seen, never forgets one, and a delivery costs it more the more mailboxes it holds
 * (measured alone: 1,080 mails/s with 10,000 mailboxes, 719 with 20,000, 329 with 30,000). So both sides send to the
 * same addresses, the subscribers' ({@code reader<n>}, and {@code warm-up<n>} for the warm-ups), and the plain
 * client's warm-up sends to every one of them first: each timed round then meets the same server, holding the same
 * mailboxes, instead of the later one paying for the mailboxes the earlier one created.
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
    /** The mail server keeps every message in memory; it forgets them after this many, to keep a million in bounds. */
    private static final int PURGE_EVERY = 100_000;

    private FanoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkFiles files = BenchmarkFiles.create();
        int mails = BenchmarkFiles.argument(args, 0, 100_000);
        int connections = BenchmarkFiles.argument(args, 1, 4);
        int warmUp = BenchmarkFiles.argument(args, 2, 10_000);
        Infrastructure infrastructure = Infrastructure.shared();
        try {
            infrastructure.createTopics(PAGES_TOPIC);
            Map<String, String> properties = new LinkedHashMap<>(
                    infrastructure.micronautProperties("notify_benchmark_" + System.currentTimeMillis()));
            properties.put("prism.topics.pages", PAGES_TOPIC);

            System.out.printf("Plain SMTP client: %d mails over %d reused connections to %s:%d...%n", mails,
                    connections, infrastructure.mail().smtpHost(), infrastructure.mail().smtpPort());
            System.out.printf("warm-up: %d + %d mails, not counted, creating the server's mailboxes...%n", warmUp,
                    mails);
            plainSmtp(infrastructure, WARM_UP_READERS, warmUp, connections);
            plainSmtp(infrastructure, READERS, mails, connections);
            infrastructure.mail().reset();
            double plainRate = plainSmtp(infrastructure, READERS, mails, connections);
            infrastructure.mail().reset();
            System.out.printf("plain SMTP client: %.0f mails/sec%n", plainRate);

            try (var notify = new ServiceProcess(PrismService.NOTIFY.jar(files.root()), 0,
                    ServiceProcess.environmentOf(properties), List.of("-Xmx1g"), files.work().resolve("notify-service.log"))
                    .start()) {
                notify.awaitHttp("/health", Duration.ofSeconds(120));
                try (Connection database = DriverManager.getConnection(properties.get("datasources.default.url"),
                        properties.get("datasources.default.username"),
                        properties.get("datasources.default.password"))) {
                    insertSubscribers(database, WARM_UP_READERS, WARM_UP_TOPIC, warmUp);
                    System.out.printf("notify-service warm-up: one page for %d subscribers, not counted...%n", warmUp);
                    Instant warmingUp = Instant.now();
                    String warmUpStory = publish(infrastructure.bootstrapServers(), WARM_UP_TOPIC);
                    awaitSent(database, infrastructure, warmUpStory, warmUp, warmingUp);
                    infrastructure.mail().reset();
                    System.out.printf("warm-up: %.0f mails/sec%n", warmUp / seconds(warmingUp));

                    Instant inserting = Instant.now();
                    insertSubscribers(database, READERS, TOPIC, mails);
                    System.out.printf("%d confirmed subscribers of '%s' inserted in %.1f s%n", mails, TOPIC,
                            seconds(inserting));
                    System.out.printf("notify-service: one page for %d subscribers...%n", mails);
                    Instant start = Instant.now();
                    String storyId = publish(infrastructure.bootstrapServers(), TOPIC);
                    awaitSent(database, infrastructure, storyId, mails, start);
                    double notifyRate = mails / seconds(start);

                    System.out.println();
                    System.out.printf("plain SMTP client : %.0f mails/sec (%d mails, %d connections)%n", plainRate,
                            mails, connections);
                    System.out.printf("notify-service    : %.0f mails/sec (%d subscribers, from the page event until "
                            + "the last mail was accepted)%n", notifyRate, mails);
                    System.out.printf("ratio             : %.3f of the plain SMTP client%n", notifyRate / plainRate);
                }
            }
        } finally {
            infrastructure.close();
        }
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

    /** Until notify has marked every mail of the story sent: it does so only after the server accepted it. */
    private static void awaitSent(Connection database, Infrastructure infrastructure, String storyId, int mails,
                                  Instant start) throws Exception {
        Instant nextReport = start.plus(PROGRESS_EVERY);
        long purgedAt = 0;
        long sent = 0;
        while (sent < mails) {
            Thread.sleep(200);
            sent = count(database, """
                    SELECT count(*) FROM deliveries WHERE story_id = ? AND status = 'SENT'""", storyId);
            if (sent - purgedAt >= PURGE_EVERY) {
                infrastructure.mail().reset();
                purgedAt = sent;
            }
            if (Instant.now().isAfter(nextReport)) {
                long recorded = count(database, "SELECT count(*) FROM deliveries WHERE story_id = ?", storyId);
                System.out.printf("  %5.0f s: %d deliveries recorded, %d mails sent%n", seconds(start), recorded,
                        sent);
                nextReport = nextReport.plus(PROGRESS_EVERY);
            }
            if (Duration.between(start, Instant.now()).compareTo(GIVE_UP_AFTER) > 0) {
                throw new IllegalStateException("Only " + sent + " of " + mails + " mails sent in " + GIVE_UP_AFTER);
            }
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
     * N mails like notify's (text and HTML parts, List-Unsubscribe headers) to {@code <prefix>1} ... {@code <prefix>N},
     * each connection sending its share.
     */
    private static double plainSmtp(Infrastructure infrastructure, String prefix, int mails, int connections)
            throws Exception {
        Properties mailProperties = new Properties();
        mailProperties.put("mail.smtp.host", infrastructure.mail().smtpHost());
        mailProperties.put("mail.smtp.port", String.valueOf(infrastructure.mail().smtpPort()));
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
                            Message message = similarMail(session, prefix + (i + 1));
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

    private static Message similarMail(Session session, String reader) throws MessagingException {
        String unsubscribe = "http://localhost:8084/subscriptions/unsubscribe?token=" + UUID.randomUUID();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("notify@prism.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(reader + "@fanout.example"));
        message.setSubject("One story for every reader");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("""
                One story for every reader

                What happens when a story goes out to every subscriber of its topic at once.

                Read the story: http://localhost/benchmark-fanout/fanout-benchmark

                --
                Unsubscribe: %s
                """.formatted(unsubscribe), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("""
                <h1>One story for every reader</h1>
                <p>What happens when a story goes out to every subscriber of its topic at once.</p>
                <p><a href="http://localhost/benchmark-fanout/fanout-benchmark">Read the story</a></p>
                <hr><p><a href="%s">Unsubscribe</a></p>
                """.formatted(unsubscribe), "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.saveChanges();
        return message;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }
}
