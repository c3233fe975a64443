package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import news.prism.devstack.CaughtMail;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismServices;
import news.prism.testkit.Caller;
import news.prism.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service on the shared broker and database server, sharing each service's database and
 * consumer group, with requests sent to both: every source is taken in and copied once, every story published and
 * rendered once, and every reader mailed once per story.
 */
class TwoInstancesIT {

    private static final int SOURCES_PER_INSTANCE = 6;
    private static final int STORIES = 4;
    private static final List<String> READERS = List.of("first@two.prism.local", "second@two.prism.local");
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

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
        List<String> storyIds = stories.stream().map(Demo.Published::storyId).toList();
        assertThat(countsByKey(topics, "story.stories.v1", storyIds)).as("StoryPublished per story")
                .hasSize(STORIES).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(countsByKey(topics, "render.pages.v1", storyIds)).as("PagePublished per story")
                .hasSize(STORIES).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        for (int i = 0; i < STORIES; i++) {
            String headline = headline(run, i);
            for (String reader : READERS) {
                List<CaughtMail> mails = instances.get(0).mailsTo(reader).stream()
                        .filter(mail -> headline.equals(mail.subject())).toList();
                assertThat(mails).as("mails of %s to %s", headline, reader).hasSize(1);
            }
        }
    }

    private static String headline(String run, int story) {
        return "Two instances " + run + " #" + story;
    }

    private static Map<String, Long> countsByKey(Topics topics, String topic, List<String> keys) {
        return topics.read(topic, record -> keys.contains(record.key())).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }
}
