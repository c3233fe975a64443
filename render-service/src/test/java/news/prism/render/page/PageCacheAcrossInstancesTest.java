package news.prism.render.page;

import static news.prism.render.SampleStories.pathOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.render.ReaderHttp;
import news.prism.render.RenderDatabase;
import news.prism.render.RenderTestProperties;
import news.prism.render.SampleStories;
import news.prism.render.StoryFeed;
import news.prism.testkit.Infrastructure;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two render instances on one database and broker, as in production: this test's own, which handles the stories
 * topic, and a second one whose consumer is off, so that it never handles a story event and learns of page changes
 * only from the pages topic. Once read, a page comes from memory; a correction or a retraction reaches both.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheAcrossInstancesTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.page-cache";
    private static final String PAGES = "render.pages.v1.page-cache";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private Map<String, String> properties;
    private StoryFeed feed;
    private RenderDatabase database;
    private ApplicationContext bystander;
    private ReaderHttp handling;
    private ReaderHttp other;
    private PageCache bystanderCache;

    @Inject
    EmbeddedServer server;

    @Inject
    PageCache cache;

    @Override
    public Map<String, String> getProperties() {
        properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        return properties;
    }

    @BeforeAll
    void start() {
        Map<String, Object> bystanderProperties = new HashMap<>(properties);
        bystanderProperties.put("prism.consumer.enabled", "false");
        bystanderProperties.put("micronaut.server.port", "-1");
        bystander = ApplicationContext.run(bystanderProperties);
        EmbeddedServer bystanderServer = bystander.getBean(EmbeddedServer.class).start();
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        database = new RenderDatabase(properties);
        handling = new ReaderHttp(server.getURI());
        other = new ReaderHttp(bystanderServer.getURI());
        bystanderCache = bystander.getBean(PageCache.class);
        await().atMost(PATIENCE).until(() -> cache.isListening() && bystanderCache.isListening());
    }

    @AfterAll
    void stop() {
        feed.close();
        bystander.close();
    }

    @Test
    void aPageOnceReadIsServedFromMemoryWithItsETagOnEitherInstance() {
        StoryPublished story = publish();
        HttpResponse<String> first = handling.get(pathOf(story));
        assertThat(other.get(pathOf(story)).body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        // Behind the service's back: an instance that read its database again would show this.
        assertThat(database.update("UPDATE pages SET html = 'changed in the database' WHERE story_id = ?",
                story.getStoryId())).isEqualTo(1);

        for (ReaderHttp reader : List.of(handling, other)) {
            HttpResponse<String> again = reader.get(pathOf(story));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
            HttpResponse<String> notModified = reader.get(pathOf(story), "If-None-Match", etag);
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        }
    }

    @Test
    void aNewPageIsHeldInMemoryOnBothInstancesBeforeAnyoneAsksForIt() {
        StoryPublished story = SampleStories.fullStory(UUID.randomUUID().toString()).build();
        String eventId = UUID.randomUUID().toString();
        feed.send(eventId, story);
        database.awaitProcessed(eventId);
        PageAddress address = new PageAddress(story.getTopic().getSlug(), story.getSlug());

        // The instance that wrote it loads it once committed; the other one once the pages topic tells it.
        await().atMost(PATIENCE).until(() -> cache.peek(address).isPresent() && bystanderCache.peek(address)
                .isPresent());
        String stored = database.string("SELECT html FROM pages WHERE story_id = ?", story.getStoryId());
        for (PageCache held : List.of(cache, bystanderCache)) {
            assertThat(new String(held.peek(address).orElseThrow().body(), StandardCharsets.UTF_8))
                    .isEqualTo(stored);
        }
    }

    @Test
    void aCorrectionReplacesTheCachedBytesAndETagOnBothInstances() {
        StoryPublished story = publish();
        String etag = handling.get(pathOf(story)).headers().firstValue("ETag").orElseThrow();
        assertThat(other.get(pathOf(story)).headers().firstValue("ETag")).hasValue(etag);

        String correctionId = UUID.randomUUID().toString();
        feed.send(correctionId, StoryPublished.newBuilder(story).setVersion(2)
                .setCorrectionNote("An earlier version misnamed the standards body.").build());
        database.awaitProcessed(correctionId);

        // The instance that wrote it evicted it on commit; the other one learns it from the pages topic.
        assertCorrected(handling.get(pathOf(story)), etag);
        await().atMost(PATIENCE).untilAsserted(() -> assertCorrected(other.get(pathOf(story)), etag));
        assertThat(other.get(pathOf(story), "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void aRetractionTurnsTheCachedPageIntoTheNoticeOnBothInstances() {
        StoryPublished story = publish();
        String etag = handling.get(pathOf(story)).headers().firstValue("ETag").orElseThrow();
        assertThat(other.get(pathOf(story)).statusCode()).isEqualTo(200);

        String retractionId = UUID.randomUUID().toString();
        feed.send(retractionId, StoryRetracted.newBuilder().setStoryId(story.getStoryId()).setSlug(story.getSlug())
                .setTopicSlug(story.getTopic().getSlug()).setReason("The documents were forged.")
                .setRetractedBy("grace").setRetractedAt(Instant.parse("2026-06-12T10:00:00Z")).build());
        database.awaitProcessed(retractionId);

        assertGone(handling.browse(pathOf(story)));
        assertGone(handling.get(pathOf(story), "Accept", ReaderHttp.BROWSER_ACCEPT, "If-None-Match", etag));
        await().atMost(PATIENCE).untilAsserted(() -> assertGone(other.browse(pathOf(story))));
        assertGone(other.get(pathOf(story), "Accept", ReaderHttp.BROWSER_ACCEPT, "If-None-Match", etag));
    }

    private StoryPublished publish() {
        StoryPublished story = SampleStories.fullStory(UUID.randomUUID().toString()).build();
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> handling.get(pathOf(story)).statusCode() == 200);
        return story;
    }

    private static void assertCorrected(HttpResponse<String> page, String oldETag) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("An earlier version misnamed the standards body.");
        assertThat(page.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldETag);
    }

    private static void assertGone(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(page.body()).selectFirst(".notice-reason").text())
                .isEqualTo("Reason: The documents were forged.");
    }
}
