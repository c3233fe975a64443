package news.prism.render.ninjs;

import static news.prism.render.SampleStories.pathOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.StreamSupport;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.render.ReaderHttp;
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
 * Every published story's ninjs 2.2 item at {@code /{topic}/{slug}.json}, valid against IPTC's schema, linked from the
 * page's head, cached like the page, canceled (410) once the story is retracted, and moved (301) with the page.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NinjsItemTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.ninjs";
    private static final String PAGES = "render.pages.v1.ninjs";
    private static final String PUBLIC_URL = "https://reader.prism.test";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private final NinjsSchema schema = new NinjsSchema();
    private final ObjectMapper json = new ObjectMapper();
    private StoryFeed feed;
    private ReaderHttp reader;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        properties.put("prism.render.public-url", PUBLIC_URL);
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
    void aPublishedStoryIsAValidNinjsItemLinkedFromItsPage() throws Exception {
        StoryPublished story = publish(SampleStories.fullStory(UUID.randomUUID().toString()).build());

        HttpResponse<String> response = reader.get(pathOf(story) + ".json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(schema.violations(response.body())).isEmpty();
        JsonNode item = json.readTree(response.body());
        assertThat(item.path("uri").asText()).isEqualTo("urn:uuid:" + story.getStoryId());
        assertThat(item.path("standard").path("version").asText()).isEqualTo("2.2");
        assertThat(item.path("version").asText()).isEqualTo("1");
        assertThat(item.path("firstcreated").asText()).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(item.path("versioncreated").asText()).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(item.path("pubstatus").asText()).isEqualTo("usable");
        assertThat(item.path("language").asText()).isEqualTo("en");
        assertThat(item.path("by").asText()).isEqualTo("Prism Editorial Team");
        assertThat(values(item.path("headlines"), "value")).containsExactly(SampleStories.HEADLINE);
        assertThat(values(item.path("descriptions"), "value")).containsExactly(story.getDek());
        JsonNode text = item.path("bodies").get(0);
        assertThat(text.path("contenttype").asText()).isEqualTo("text/plain");
        assertThat(text.path("value").asText()).startsWith("The definition arrived on Monday [1][2].\n\nWhat the text says")
                .contains("Openness without data is half the story.\n— A maintainer [1]", "- Weights [1]\n- Code [2]");
        JsonNode html = item.path("bodies").get(1);
        assertThat(html.path("contenttype").asText()).isEqualTo("text/html");
        var body = Jsoup.parseBodyFragment(html.path("value").asText());
        // The space before a citation marker is a no-break space, as on the page.
        assertThat(body.select("p").first().text().replace('\u00a0', ' '))
                .isEqualTo("The definition arrived on Monday [1][2].");
        assertThat(body.select("a[href=#source-1]")).isNotEmpty();
        assertThat(body.select("blockquote").text()).isEqualTo("Openness without data is half the story.");
        assertThat(body.select("li").eachText()).containsExactly("Weights [1]", "Code [2]", "Data information [4]");
        assertThat(values(item.path("subjects"), "name"))
                .containsExactly("Open-Source AI", "Developers", "AI companies", "Regulators");
        assertThat(item.path("subjects").get(0).path("uri").asText()).isEqualTo(PUBLIC_URL + "/ai/");
        assertThat(values(item.path("subjects"), "relevance")).containsExactly("", "50", "30", "20");
        JsonNode associations = item.path("associations");
        assertThat(values(associations, "name")).containsExactly("source-1", "source-2", "source-3", "source-4");
        assertThat(associations.get(0).path("uri").asText()).isEqualTo("https://www.theverge.example/osai");
        assertThat(associations.get(1).path("infosources").get(0).path("name").asText()).isEqualTo("Reuters");
        assertThat(associations.get(1).path("headlines").get(0).path("value").asText())
                .isEqualTo("Companies react to AI definition");
        assertThat(associations.get(2).path("subjects").get(0).path("name").asText()).isEqualTo("Regulators");
        assertThat(item.path("renditions").get(0).path("href").asText()).isEqualTo(PUBLIC_URL + pathOf(story));

        var head = Jsoup.parse(reader.get(pathOf(story)).body()).head();
        assertThat(head.select("link[rel=alternate][type=application/json]").attr("href"))
                .isEqualTo(PUBLIC_URL + pathOf(story) + ".json");

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(reader.get(pathOf(story) + ".json", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aCorrectionCarriesItsNoteAndAMovedStorysItemRedirectsToItsNewAddress() throws Exception {
        StoryPublished first = publish(SampleStories.fullStory(UUID.randomUUID().toString()).build());
        StoryPublished corrected = StoryPublished.newBuilder(first).setVersion(2).setSlug(first.getSlug() + "-moved")
                .setPublishedAt(Instant.parse("2026-06-11T09:00:00Z")).setCorrectionNote("We misstated a figure.")
                .build();
        publish(corrected);

        HttpResponse<String> moved = reader.get(pathOf(first) + ".json");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue(pathOf(corrected) + ".json");

        HttpResponse<String> response = reader.get(pathOf(corrected) + ".json");
        assertThat(schema.violations(response.body())).isEmpty();
        JsonNode item = json.readTree(response.body());
        assertThat(item.path("version").asText()).isEqualTo("2");
        assertThat(item.path("firstcreated").asText()).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(item.path("versioncreated").asText()).isEqualTo("2026-06-11T09:00:00Z");
        assertThat(values(item.path("descriptions"), "role")).containsExactly("summary", "correction");
        assertThat(item.path("descriptions").get(1).path("value").asText()).isEqualTo("We misstated a figure.");
    }

    @Test
    void aRetractedStorysItemIsGoneAndCanceledWithoutItsContent() throws Exception {
        StoryPublished story = publish(SampleStories.fullStory(UUID.randomUUID().toString()).build());
        feed.send(UUID.randomUUID().toString(), StoryRetracted.newBuilder().setStoryId(story.getStoryId())
                .setSlug(story.getSlug()).setTopicSlug(story.getTopic().getSlug())
                .setReason("The central claim relied on a forged document.").setRetractedBy("grace")
                .setRetractedAt(Instant.parse("2026-06-12T10:00:00Z")).build());
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story) + ".json").statusCode() == 410);

        HttpResponse<String> gone = reader.get(pathOf(story) + ".json");

        assertThat(gone.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(schema.violations(gone.body())).isEmpty();
        JsonNode item = json.readTree(gone.body());
        assertThat(item.path("uri").asText()).isEqualTo("urn:uuid:" + story.getStoryId());
        assertThat(item.path("pubstatus").asText()).isEqualTo("canceled");
        assertThat(item.path("versioncreated").asText()).isEqualTo("2026-06-12T10:00:00Z");
        assertThat(values(item.path("descriptions"), "value"))
                .containsExactly("The central claim relied on a forged document.");
        assertThat(gone.body()).doesNotContain(story.getHeadline());
        assertThat(item.has("bodies")).isFalse();
        assertThat(item.has("associations")).isFalse();
    }

    @Test
    void anAddressWithoutAStoryHasNoItem() {
        assertThat(reader.get("/ai/no-such-story.json").statusCode()).isEqualTo(404);
    }

    private StoryPublished publish(StoryPublished story) {
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story)).statusCode() == 200);
        return story;
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }
}
