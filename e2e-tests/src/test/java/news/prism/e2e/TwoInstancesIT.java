package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.prism.devstack.CaughtMail;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.events.SourceIngested;
import news.prism.events.SourceSubmitted;
import news.prism.schemas.EventCodec;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of every service on the shared broker and database server, sharing each service's database and
 * consumer group, with requests sent to both: every source is taken in and copied once, every story published and
 * rendered once, and every reader mailed once per story; and so it stays when the second instances are killed with
 * their work in flight. "Once" counts events by their ids: a relay killed after Kafka took its batch but before its
 * database commit sends that batch again, and the consumers' inboxes drop the repeats.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final int SOURCES_PER_INSTANCE = 6;
    private static final int STORIES = 4;
    private static final List<String> READERS = List.of("first@two.prism.local", "second@two.prism.local");
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static final int SUBMISSIONS_IN_FLIGHT = 400;
    // A killed consumer's partitions move to the survivor only after its session times out (45 s by default).
    private static final Duration CATCH_UP_AFTER_KILL = Duration.ofSeconds(180);

    private static Infrastructure infrastructure;
    private static PrismServices first;
    private static PrismServices second;
    private static List<Demo> instances;

    @BeforeAll
    static void startSecondInstances() throws Exception {
        infrastructure = Infrastructure.shared();
        first = RunningPrism.services();
        Path root = Path.of(System.getProperty("prism.home", "..")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve("e2e-tests/target/service-logs"));
        second = PrismServices.alongside(first, infrastructure, root, logs, List.of("-Xmx256m"), Caller.SECRET,
                "second");
        instances = List.of(new Demo(new PrismClient(first), infrastructure.mail()),
                new Demo(new PrismClient(second), infrastructure.mail()));
    }

    @AfterAll
    static void stopSecondInstances() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void everySourceStoryPageAndMailHappensOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            sources.addAll(instances.get(i).ingestFreshSources(run + "-" + i, SOURCES_PER_INSTANCE));
        }
        for (int i = 0; i < READERS.size(); i++) {
            instances.get(i).subscribeAndConfirm(READERS.get(i));
        }
        List<Demo.Published> stories = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            // Written and submitted on one instance, approved on the other.
            Demo writer = instances.get(i % 2);
            Demo.Published story = writer.storyInReview(sources.subList(i, i + 4), headline(run, i));
            instances.get((i + 1) % 2).approve(story);
            stories.add(story);
        }
        for (int i = 0; i < STORIES; i++) {
            instances.get(0).awaitPage(stories.get(i).pageUrl());
            for (String reader : READERS) {
                instances.get(1).awaitStoryMail(reader, headline(run, i));
            }
        }
        Topics topics = new Topics(infrastructure.bootstrapServers());
        topics.awaitCaughtUp("story-service", "ingest.sources.v1", CATCH_UP);
        topics.awaitCaughtUp("render-service", "story.stories.v1", CATCH_UP);
        topics.awaitCaughtUp("notify-service", "render.pages.v1", CATCH_UP);

        assertThat(countsByKey(topics, "ingest.sources.v1", sources)).as("SourceIngested per source")
                .hasSize(sources.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertEachPublishedRenderedAndMailedOnce(topics, stories,
                IntStream.range(0, STORIES).mapToObj(i -> headline(run, i)).toList(), READERS);
    }

    /**
     * Sources on the newsroom's topic and approved stories are in flight on both instances when the second ingest,
     * story and render instances are killed (SIGKILL): the first instances finish their work, and nothing is lost or
     * done twice. notify-service's second instance is left running: an SMTP server cannot tell a mail sent again
     * from a new one, so a mail in flight at a kill may go out twice, which notify's own tests cover.
     */
    @Test
    @Order(2)
    void killingTheSecondInstancesMidWayLosesAndRepeatsNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> readers = List.of("first-killed@two.prism.local", "second-killed@two.prism.local");
        readers.forEach(instances.get(0)::subscribeAndConfirm);
        List<String> storySources = instances.get(0).ingestFreshSources(run + "-story", STORIES + 3);
        List<Demo.Published> stories = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            stories.add(instances.get(0).storyInReview(storySources.subList(i, i + 4), killedHeadline(run, i)));
        }
        Topics topics = new Topics(infrastructure.bootstrapServers());
        Map<String, SourceSubmitted> submissions = new LinkedHashMap<>();
        for (int i = 0; i < SUBMISSIONS_IN_FLIGHT; i++) {
            submissions.put(run + "-" + i, SourceSubmitted.newBuilder()
                    .setOutlet("Wire " + (i % 7))
                    .setUrl("https://wire.example/" + run + "/" + i)
                    .setTitle("Wire report " + i + " of run " + run)
                    .setBody("Wire report " + i + " of run " + run + " on the harbour's night ferries and their crews.")
                    .setLanguage("en")
                    .build());
        }
        topics.publish("newsroom.source-submissions.v1", submissions);
        for (int i = 0; i < STORIES; i++) {
            instances.get(i % 2).approve(stories.get(i));
        }
        second.kill(PrismService.INGEST);
        second.kill(PrismService.STORY);
        second.kill(PrismService.RENDER);

        topics.awaitCaughtUp("ingest-service", "newsroom.source-submissions.v1", CATCH_UP_AFTER_KILL);
        topics.awaitCaughtUp("story-service", "ingest.sources.v1", CATCH_UP_AFTER_KILL);
        topics.awaitCaughtUp("render-service", "story.stories.v1", CATCH_UP_AFTER_KILL);
        topics.awaitCaughtUp("notify-service", "render.pages.v1", CATCH_UP_AFTER_KILL);
        for (int i = 0; i < STORIES; i++) {
            instances.get(0).awaitPage(stories.get(i).pageUrl());
            for (String reader : readers) {
                instances.get(0).awaitStoryMail(reader, killedHeadline(run, i));
            }
        }

        Set<String> urls = submissions.values().stream().map(SourceSubmitted::getUrl).collect(Collectors.toSet());
        // A relay killed between Kafka's acknowledgement and its own commit sends its batch again, with the same
        // event ids, which every consumer's inbox drops: what must be one per source is the event, not the record.
        EventCodec codec = new EventCodec();
        Map<String, Set<String>> eventIdsByUrl = new LinkedHashMap<>();
        Map<String, String> sourceIdByUrl = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : topics.read("ingest.sources.v1", record -> true)) {
            SourceIngested source = codec.decode(SourceIngested.class, record.value());
            if (urls.contains(source.getUrl())) {
                eventIdsByUrl.computeIfAbsent(source.getUrl(), url -> new HashSet<>())
                        .add(CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID));
                sourceIdByUrl.put(source.getUrl(), source.getSourceId());
            }
        }
        assertThat(eventIdsByUrl).as("SourceIngested events per submitted source").hasSize(SUBMISSIONS_IN_FLIGHT)
                .allSatisfy((url, ids) -> assertThat(ids).hasSize(1));
        List<String> ingestedIds = List.copyOf(sourceIdByUrl.values());
        assertThat(storyCopies(ingestedIds)).as("sources in story-service's copy").isEqualTo(ingestedIds.size());
        assertEachPublishedRenderedAndMailedOnce(topics, stories,
                IntStream.range(0, STORIES).mapToObj(i -> killedHeadline(run, i)).toList(), readers);
    }

    /**
     * One StoryPublished and one PagePublished per story, and one mail of it per reader.
     *
     * @param headlines the stories' headlines (their mails' subjects), in the order of {@code stories}
     */
    private static void assertEachPublishedRenderedAndMailedOnce(Topics topics, List<Demo.Published> stories,
                                                                 List<String> headlines, List<String> readers) {
        List<String> storyIds = stories.stream().map(Demo.Published::storyId).toList();
        assertThat(countsByKey(topics, "story.stories.v1", storyIds)).as("StoryPublished per story")
                .hasSize(stories.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(countsByKey(topics, "render.pages.v1", storyIds)).as("PagePublished per story")
                .hasSize(stories.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        for (String headline : headlines) {
            for (String reader : readers) {
                List<CaughtMail> mails = instances.get(0).mailsTo(reader).stream()
                        .filter(mail -> headline.equals(mail.subject())).toList();
                assertThat(mails).as("mails of %s to %s", headline, reader).hasSize(1);
            }
        }
    }

    /** How many of the sources story-service's database holds. */
    private static int storyCopies(List<String> sourceIds) throws SQLException {
        var database = infrastructure.database();
        try (Connection story = DriverManager.getConnection(database.jdbcUrl(PrismService.STORY.database()),
                database.username(), database.password());
             var query = story.prepareStatement("SELECT count(*) FROM sources WHERE source_id = ANY (?)")) {
            query.setArray(1, story.createArrayOf("text", sourceIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String killedHeadline(String run, int story) {
        return "Killed midway " + run + " #" + story;
    }

    private static String headline(String run, int story) {
        return "Two instances " + run + " #" + story;
    }

    /** How many events (distinct event ids: a record the relay sent again is the same event) each key has. */
    private static Map<String, Long> countsByKey(Topics topics, String topic, List<String> keys) {
        return topics.read(topic, record -> keys.contains(record.key())).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
                        record -> CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID),
                        Collectors.collectingAndThen(Collectors.toSet(), ids -> (long) ids.size()))));
    }
}
