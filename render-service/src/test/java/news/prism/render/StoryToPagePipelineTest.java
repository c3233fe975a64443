package news.prism.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import news.prism.events.StoryPublished;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service as it runs: StoryPublished events on a real Kafka broker, pages in a real PostgreSQL, PagePublished
 * sent by the outbox relay, pages read over HTTP.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryToPagePipelineTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1";
    private static final String PAGES = "render.pages.v1";
    private static final String PUBLIC_URL = "https://reader.prism.test";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Map<String, String> properties;
    private StoryFeed feed;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        infrastructure.createTopics(STORIES, PAGES);
        properties = new HashMap<>(infrastructure.micronautProperties("render_" + getClass().getSimpleName()));
        properties.put("prism.render.public-url", PUBLIC_URL);
        properties.put("prism.render.notify-url", "https://notify.prism.test");
        return properties;
    }

    @BeforeAll
    void connect() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
    }

    @AfterAll
    void disconnect() {
        feed.close();
    }

    @Test
    void rendersAPublishedStoryServesItAndAnnouncesIt() throws Exception {
        StoryPublished story = SampleStories.fullStory(newStoryId()).build();
        String path = "/ai/" + story.getSlug();

        feed.send(UUID.randomUUID().toString(), story);

        HttpResponse<String> response = awaitPage(path);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(SampleStories.HEADLINE);
        assertThat(page.select("#story-body a[href=#source-1]")).isNotEmpty();
        var readOn = page.selectFirst("#source-1 a.source-read");
        assertThat(readOn.text()).isEqualTo("Read on The Verge");
        assertThat(readOn.attr("href")).isEqualTo("https://www.theverge.example/osai");
        assertThat(readOn.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(page.selectFirst("#subscribe form").attr("action"))
                .isEqualTo("https://notify.prism.test/api/subscriptions");

        List<TopicEvent> announced = awaitAnnouncements(story.getStoryId(), 1);
        TopicEvent envelope = announced.getFirst();
        assertThat(envelope.key()).isEqualTo(story.getStoryId());
        assertThat(envelope.type()).isEqualTo(PagePublished.getClassSchema().getFullName());
        assertThat(envelope.source()).isEqualTo("/prism/render-service");
        PagePublished event = (PagePublished) envelope.payload();
        assertThat(event.getVersion()).isEqualTo(1);
        assertThat(event.getTopicSlug()).isEqualTo("ai");
        assertThat(event.getTopicName()).isEqualTo("Open-Source AI");
        assertThat(event.getSlug()).isEqualTo(story.getSlug());
        assertThat(event.getUrl()).isEqualTo(PUBLIC_URL + path);
        assertThat(event.getHeadline()).isEqualTo(SampleStories.HEADLINE);
        assertThat(event.getSummary()).isEqualTo(story.getDek());
        assertThat(event.getCorrection()).isFalse();
        assertThat(event.getPublishedAt()).isEqualTo(story.getPublishedAt());
    }

    @Test
    void aRedeliveredOrRepeatedStoryVersionMakesNoSecondPageAndNoSecondAnnouncement() throws Exception {
        StoryPublished story = SampleStories.fullStory(newStoryId()).build();
        String eventId = UUID.randomUUID().toString();
        feed.send(eventId, story);
        awaitProcessed(eventId);

        String repeatId = UUID.randomUUID().toString();
        feed.send(eventId, story);
        feed.send(repeatId, StoryPublished.newBuilder(story).setHeadline("A repeat must not re-render").build());
        // One key, one partition: once the last event is handled, the redelivery before it was handled too.
        awaitProcessed(repeatId);
        awaitOutboxSent();

        assertThat(count("SELECT count(*) FROM pages WHERE story_id = ?", story.getStoryId())).isEqualTo(1);
        assertThat(announcementsOf(story.getStoryId())).hasSize(1);
        Document page = Jsoup.parse(get("/ai/" + story.getSlug()).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(SampleStories.HEADLINE);
    }

    @Test
    void aCorrectionReplacesThePageAndAMovedPageRedirectsToItsNewAddress() throws Exception {
        StoryPublished first = SampleStories.fullStory(newStoryId()).build();
        StoryPublished corrected = StoryPublished.newBuilder(first).setVersion(2)
                .setHeadline("Who decides what open-source AI means, corrected")
                .setCorrectionNote("An earlier version misnamed the body that published the definition.")
                .setPublishedAt(first.getPublishedAt().plus(Duration.ofDays(1)))
                .build();
        StoryPublished moved = StoryPublished.newBuilder(corrected).setVersion(3).setSlug(first.getSlug() + "-moved")
                .setCorrectionNote(null).build();

        feed.send(UUID.randomUUID().toString(), first);
        feed.send(UUID.randomUUID().toString(), corrected);
        awaitAnnouncements(first.getStoryId(), 2);

        Document page = Jsoup.parse(get("/ai/" + first.getSlug()).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(corrected.getHeadline());
        assertThat(page.getElementById("correction").text()).contains("misnamed the body");
        PagePublished correction = (PagePublished) announcementsOf(first.getStoryId()).get(1).payload();
        assertThat(correction.getVersion()).isEqualTo(2);
        assertThat(correction.getCorrection()).isTrue();

        feed.send(UUID.randomUUID().toString(), moved);
        awaitAnnouncements(first.getStoryId(), 3);

        HttpResponse<String> oldAddress = get("/ai/" + first.getSlug());
        assertThat(oldAddress.statusCode()).isEqualTo(301);
        assertThat(oldAddress.headers().firstValue("Location")).hasValue("/ai/" + moved.getSlug());
        assertThat(get("/ai/" + moved.getSlug()).statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM pages WHERE story_id = ?", first.getStoryId())).isEqualTo(3);
    }

    @Test
    void aStorysNumberInItsTopicStaysTrueAfterNewerStoriesAndCorrections() throws Exception {
        Topic topic = new Topic("series-" + UUID.randomUUID().toString().substring(0, 8), "A series");
        Instant earlier = Instant.parse("2026-06-01T08:00:00Z");
        StoryPublished older = SampleStories.fullStory(newStoryId()).setTopic(topic)
                .setFirstPublishedAt(earlier).setPublishedAt(earlier).build();
        StoryPublished newer = SampleStories.fullStory(newStoryId()).setTopic(topic).build();
        StoryPublished olderCorrected = StoryPublished.newBuilder(older).setVersion(2)
                .setPublishedAt(Instant.parse("2026-06-20T08:00:00Z")).setCorrectionNote("A figure was wrong.").build();

        feed.send(UUID.randomUUID().toString(), older);
        awaitAnnouncements(older.getStoryId(), 1);
        feed.send(UUID.randomUUID().toString(), newer);
        awaitAnnouncements(newer.getStoryId(), 1);
        feed.send(UUID.randomUUID().toString(), olderCorrected);
        awaitAnnouncements(older.getStoryId(), 2);

        Document olderPage = Jsoup.parse(get("/" + topic.getSlug() + "/" + older.getSlug()).body());
        Document newerPage = Jsoup.parse(get("/" + topic.getSlug() + "/" + newer.getSlug()).body());
        assertThat(olderPage.selectFirst(".story-series").text()).isEqualTo("No. 1 in A series");
        assertThat(olderPage.selectFirst(".story-corrected-label")).isNotNull();
        assertThat(newerPage.selectFirst(".story-series").text()).isEqualTo("No. 2 in A series");
        assertThat(newerPage.selectFirst(".story-series").attr("href")).isEqualTo("/" + topic.getSlug() + "/");
        assertThat(olderPage.text()).doesNotContainPattern("of \\d+ in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/json", "application/problem+json", "*/*"})
    void anUnknownPageIsAProblemNotFoundForAnApiClient(String accept) throws Exception {
        HttpResponse<String> response = accept.isEmpty()
                ? get("/ai/no-such-story")
                : new ReaderHttp(server.getURI()).get("/ai/no-such-story", "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").contains("/ai/no-such-story");
    }

    @Test
    void anUnknownPageIsAnHtmlPageNotFoundForABrowser() throws Exception {
        StoryPublished story = SampleStories.fullStory(newStoryId()).build();
        feed.send(UUID.randomUUID().toString(), story);
        awaitAnnouncements(story.getStoryId(), 1);

        HttpResponse<String> response = new ReaderHttp(server.getURI()).browse("/ai/no-such-story");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/prism.css");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.selectFirst("h1").text()).isEqualTo("There is no story here");
        assertThat(page.selectFirst(".notice-path").text()).isEqualTo("/ai/no-such-story");
        assertThat(page.selectFirst("#not-found a[href=/ai/]").text()).isEqualTo("See every Open-Source AI story");

        Document unknownTopic = Jsoup.parse(new ReaderHttp(server.getURI()).browse("/no-such-topic/story").body());
        assertThat(unknownTopic.selectFirst("h1").text()).isEqualTo("There is no story here");
        assertThat(unknownTopic.select("a")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/problem+json", "*/*", "text/html"})
    void aPageIsItsHtmlWhateverTheAcceptHeaderNames(String accept) throws Exception {
        StoryPublished story = SampleStories.fullStory(newStoryId()).build();
        feed.send(UUID.randomUUID().toString(), story);
        awaitAnnouncements(story.getStoryId(), 1);
        var reader = new ReaderHttp(server.getURI());
        String path = "/ai/" + story.getSlug();

        // The second request may be answered from memory, before routing: both ways must agree.
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> response = reader.get(path, "Accept", accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
            assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(story.getHeadline());
        }
    }

    @Test
    void thePageRouteLeavesHealthAndAssetsAlone() throws Exception {
        // Ready once its consumer has joined and polled: a moment after startup.
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/health").statusCode() == 200);
        assertThat(get("/health").body()).contains("\"status\":\"UP\"");

        HttpResponse<String> liveness = get("/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));

        HttpResponse<String> stylesheet = get("/assets/prism.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/css"));
        assertThat(stylesheet.body()).contains(".perspective-bar");
    }

    private static String newStoryId() {
        return "story-" + UUID.randomUUID();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(URI.create(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitPage(String path) {
        return await().atMost(PATIENCE).until(() -> get(path), response -> response.statusCode() == 200);
    }

    private List<TopicEvent> awaitAnnouncements(String storyId, int count) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> announcementsOf(storyId), events -> events.size() >= count);
    }

    private List<TopicEvent> announcementsOf(String storyId) {
        return EventsOnTopic.readAll(infrastructure.bootstrapServers(), PAGES).stream()
                .filter(envelope -> envelope.payload() instanceof PagePublished page
                        && page.getStoryId().equals(storyId))
                .toList();
    }

    private void awaitProcessed(String eventId) {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM inbox WHERE event_id = ?", eventId) == 1);
    }

    private void awaitOutboxSent() {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
