package news.prism.render;

import static news.prism.render.SampleStories.pathOf;
import static news.prism.render.XmlDocuments.children;
import static news.prism.render.XmlDocuments.childText;
import static news.prism.render.XmlDocuments.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.events.Topic;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/** A retracted story's entry becomes an RFC 6721 tombstone in its topic's feed, until the tombstone period ends. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedTombstoneTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.tombstones";
    private static final String PAGES = "render.pages.v1.tombstones";
    private static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private StoryFeed feed;
    private ReaderHttp reader;

    @Inject
    EmbeddedServer server;

    @Inject
    MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        properties.put(MovableClock.PROPERTY, "true");
        properties.put("prism.render.feed.tombstone-period", "30d");
        return properties;
    }

    @BeforeAll
    void connect() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        reader = new ReaderHttp(server.getURI());
    }

    @AfterAll
    void disconnect() {
        feed.close();
    }

    @Test
    void aRetractedEntryIsATombstoneForThePeriodThenLeavesTheFeed() throws Exception {
        Topic topic = new Topic("tombstones-" + UUID.randomUUID().toString().substring(0, 8), "Tombstones");
        StoryPublished kept = publish(topic);
        StoryPublished retracted = publish(topic);
        Instant retractedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        feed.send(UUID.randomUUID().toString(), StoryRetracted.newBuilder().setStoryId(retracted.getStoryId())
                .setSlug(retracted.getSlug()).setTopicSlug(topic.getSlug()).setReason("Relied on a forged document.")
                .setRetractedBy("grace").setRetractedAt(retractedAt).build());
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(retracted)).statusCode() == 410);

        Element atom = feedOf(topic);
        assertThat(children(atom, "entry")).extracting(entry -> childText(entry, "id"))
                .containsExactly("urn:uuid:" + kept.getStoryId());
        List<Element> tombstones = tombstones(atom);
        assertThat(tombstones).hasSize(1);
        assertThat(tombstones.getFirst().getAttribute("ref")).isEqualTo("urn:uuid:" + retracted.getStoryId());
        assertThat(Instant.parse(tombstones.getFirst().getAttribute("when"))).isEqualTo(retractedAt);

        clock.advance(Duration.ofDays(29));
        assertThat(tombstones(feedOf(topic))).hasSize(1);

        clock.advance(Duration.ofDays(2));
        Element later = feedOf(topic);
        assertThat(tombstones(later)).isEmpty();
        assertThat(children(later, "entry")).extracting(entry -> childText(entry, "id"))
                .containsExactly("urn:uuid:" + kept.getStoryId());
    }

    private StoryPublished publish(Topic topic) {
        StoryPublished story = SampleStories.fullStory(UUID.randomUUID().toString()).setTopic(topic).build();
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story)).statusCode() == 200);
        return story;
    }

    private Element feedOf(Topic topic) throws Exception {
        return parseXml(reader.get("/" + topic.getSlug() + "/feed.atom").body());
    }

    private static List<Element> tombstones(Element feed) {
        return children(feed, TOMBSTONES, "deleted-entry");
    }
}
