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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import news.prism.events.PageWithdrawn;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.events.Topic;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.TopicEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/**
 * StoryRetracted on the stories topic: the page answers 410 Gone with a notice, leaves the index, the feed and the
 * sitemap, and PageWithdrawn goes out once, however often the retraction arrives.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetractionTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.retraction";
    private static final String PAGES = "render.pages.v1.retraction";
    private static final String PUBLIC_URL = "https://reader.prism.test";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private Map<String, String> properties;
    private StoryFeed feed;
    private ReaderHttp reader;
    private RenderDatabase database;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        properties.put("prism.render.public-url", PUBLIC_URL);
        return properties;
    }

    @BeforeAll
    void connect() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        reader = new ReaderHttp(server.getURI());
        database = new RenderDatabase(properties);
    }

    @AfterAll
    void disconnect() {
        feed.close();
    }

    @Test
    void aRetractedStoryIsGoneLeavesIndexFeedAndSitemapAndIsWithdrawnOnceThoughRedelivered() throws Exception {
        Topic topic = new Topic("retracted-" + UUID.randomUUID().toString().substring(0, 8), "Retractions");
        StoryPublished kept = story(topic, "2026-06-01T08:00:00Z");
        StoryPublished retracted = story(topic, "2026-06-05T08:00:00Z");
        publish(kept);
        publish(retracted);
        assertThat(indexHeadlines(topic)).containsExactly(retracted.getHeadline(), kept.getHeadline());

        String retractionId = UUID.randomUUID().toString();
        StoryRetracted retraction = retraction(retracted, "The central claim relied on a forged document.");
        feed.send(retractionId, retraction);
        feed.send(retractionId, retraction);
        String secondRetractionId = UUID.randomUUID().toString();
        feed.send(secondRetractionId, retraction(retracted, "A second retraction must change nothing."));
        // One key, one partition: once the last one is handled, the redelivery before it was handled too.
        database.awaitProcessed(secondRetractionId);
        database.awaitOutboxSent();

        HttpResponse<String> gone = reader.browse(pathOf(retracted));
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        assertThat(gone.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(gone.headers().firstValue("Vary")).hasValue("Accept");
        Document notice = Jsoup.parse(gone.body());
        assertThat(notice.selectFirst("h1").text()).isEqualTo("This story has been retracted");
        assertThat(notice.selectFirst(".notice-reason").text())
                .isEqualTo("Reason: The central claim relied on a forged document.");
        assertThat(notice.selectFirst("time").attr("datetime")).isEqualTo("2026-06-12T10:00:00Z");
        assertThat(notice.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(notice.select("a[href=/" + topic.getSlug() + "/]")).isNotEmpty();
        assertThat(notice.text()).doesNotContain(retracted.getHeadline());
        for (String accept : List.of("application/json", "application/problem+json", "*/*")) {
            HttpResponse<String> problem = reader.get(pathOf(retracted), "Accept", accept);
            assertThat(problem.statusCode()).as(accept).isEqualTo(410);
            assertThat(problem.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(problem.body()).as(accept).contains("\"status\":410").contains(pathOf(retracted))
                    .doesNotContain(retracted.getHeadline());
        }

        List<TopicEvent> withdrawals = withdrawalsOf(retracted.getStoryId());
        assertThat(withdrawals).hasSize(1);
        TopicEvent envelope = withdrawals.getFirst();
        assertThat(envelope.key()).isEqualTo(retracted.getStoryId());
        assertThat(envelope.type()).isEqualTo(PageWithdrawn.getClassSchema().getFullName());
        assertThat(envelope.source()).isEqualTo("/prism/render-service");
        PageWithdrawn withdrawn = (PageWithdrawn) envelope.payload();
        assertThat(withdrawn.getTopicSlug()).isEqualTo(topic.getSlug());
        assertThat(withdrawn.getSlug()).isEqualTo(retracted.getSlug());
        assertThat(withdrawn.getUrl()).isEqualTo(PUBLIC_URL + pathOf(retracted));
        assertThat(withdrawn.getWithdrawnAt()).isNotNull();
        assertThat(withdrawalsOf(kept.getStoryId())).isEmpty();
        assertThat(database.count("SELECT count(*) FROM retractions WHERE story_id = ?", retracted.getStoryId()))
                .isEqualTo(1);

        assertThat(indexHeadlines(topic)).containsExactly(kept.getHeadline());
        Element atom = parseXml(reader.get("/" + topic.getSlug() + "/feed.atom").body());
        assertThat(children(atom, "entry")).extracting(entry -> childText(entry, "id"))
                .containsExactly("urn:uuid:" + kept.getStoryId());
        assertThat(childText(atom, "updated")).isEqualTo("2026-06-12T10:00:00Z");
        String sitemap = reader.get("/sitemap.xml").body();
        assertThat(sitemap).contains(PUBLIC_URL + pathOf(kept)).doesNotContain(pathOf(retracted));
        assertThat(reader.get(pathOf(kept)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTopicWhoseStoriesWereAllRetractedHasAnEmptyIndexAndLeavesTheSitemap() {
        Topic topic = new Topic("emptied-" + UUID.randomUUID().toString().substring(0, 8), "Emptied");
        StoryPublished only = story(topic, "2026-06-02T08:00:00Z");
        publish(only);
        String retractionId = UUID.randomUUID().toString();
        feed.send(retractionId, retraction(only, "Withdrawn at the source's request."));
        database.awaitProcessed(retractionId);

        HttpResponse<String> index = reader.get("/" + topic.getSlug() + "/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(index.body()).selectFirst(".topic-empty")).isNotNull();
        assertThat(reader.get("/sitemap.xml").body()).doesNotContain("/" + topic.getSlug() + "/");
    }

    @Test
    void aStoryPublishedAfterARetractionKeepsTheNumberAfterTheRetractedStory() {
        Topic topic = new Topic("series-" + UUID.randomUUID().toString().substring(0, 8), "Series");
        StoryPublished first = story(topic, "2026-06-01T08:00:00Z");
        publish(first);
        String retractionId = UUID.randomUUID().toString();
        feed.send(retractionId, retraction(first, "Retracted."));
        database.awaitProcessed(retractionId);

        StoryPublished second = story(topic, "2026-06-08T08:00:00Z");
        publish(second);

        // Numbers are given once, like issue numbers: a page rendered before the retraction could not change its own.
        assertThat(Jsoup.parse(reader.get(pathOf(second)).body()).selectFirst(".story-series").text())
                .isEqualTo("No. 2 in " + topic.getName());
    }

    @Test
    void aRetractionOfAnUnknownStoryIsIgnored() {
        String unknownStory = UUID.randomUUID().toString();
        String retractionId = UUID.randomUUID().toString();
        feed.send(retractionId, StoryRetracted.newBuilder().setStoryId(unknownStory).setSlug("never-published")
                .setTopicSlug("ai").setReason("No such story here.").setRetractedBy("grace")
                .setRetractedAt(Instant.parse("2026-06-12T08:00:00Z")).build());

        database.awaitProcessed(retractionId);
        database.awaitOutboxSent();

        assertThat(database.count("SELECT count(*) FROM retractions WHERE story_id = ?", unknownStory)).isZero();
        assertThat(withdrawalsOf(unknownStory)).isEmpty();
    }

    @Test
    void aRetractedStoryStaysDownWhenAnOlderEventIsReDriven() {
        Topic topic = new Topic("redriven-" + UUID.randomUUID().toString().substring(0, 8), "Re-driven");
        StoryPublished story = story(topic, "2026-06-03T08:00:00Z");
        publish(story);
        feed.send(UUID.randomUUID().toString(), retraction(story, "Retracted before the re-drive."));
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story)).statusCode() == 410);

        String redriveId = UUID.randomUUID().toString();
        feed.send(redriveId, StoryPublished.newBuilder(story).setVersion(2).setCorrectionNote("A late correction.").build());
        database.awaitProcessed(redriveId);
        database.awaitOutboxSent();

        assertThat(reader.get(pathOf(story)).statusCode()).isEqualTo(410);
        assertThat(database.count("SELECT count(*) FROM pages WHERE story_id = ?", story.getStoryId())).isEqualTo(1);
        assertThat(pageEvents()).filteredOn(envelope -> envelope.payload() instanceof PagePublished page
                && page.getStoryId().equals(story.getStoryId())).hasSize(1);
    }

    private void publish(StoryPublished story) {
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story)).statusCode() == 200);
    }

    private List<String> indexHeadlines(Topic topic) {
        return Jsoup.parse(reader.get("/" + topic.getSlug() + "/").body()).select(".topic-story-headline a").eachText();
    }

    private List<TopicEvent> pageEvents() {
        return EventsOnTopic.readAll(infrastructure.bootstrapServers(), PAGES);
    }

    private List<TopicEvent> withdrawalsOf(String storyId) {
        return pageEvents().stream()
                .filter(envelope -> envelope.payload() instanceof PageWithdrawn withdrawn
                        && withdrawn.getStoryId().equals(storyId))
                .toList();
    }

    private static StoryPublished story(Topic topic, String firstPublished) {
        Instant at = Instant.parse(firstPublished);
        String storyId = UUID.randomUUID().toString();
        return SampleStories.fullStory(storyId).setTopic(topic).setHeadline("Story " + storyId)
                .setFirstPublishedAt(at).setPublishedAt(at).build();
    }

    private static StoryRetracted retraction(StoryPublished story, String reason) {
        return StoryRetracted.newBuilder().setStoryId(story.getStoryId()).setSlug(story.getSlug())
                .setTopicSlug(story.getTopic().getSlug()).setReason(reason).setRetractedBy("grace")
                .setRetractedAt(Instant.parse("2026-06-12T10:00:00Z")).build();
    }
}
