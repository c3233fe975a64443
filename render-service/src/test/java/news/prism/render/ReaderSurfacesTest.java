package news.prism.render;

import static org.assertj.core.api.Assertions.assertThat;
import static news.prism.render.XmlDocuments.childText;
import static news.prism.render.XmlDocuments.children;
import static news.prism.render.XmlDocuments.link;
import static news.prism.render.XmlDocuments.only;
import static news.prism.render.XmlDocuments.parseXml;
import static news.prism.render.XmlDocuments.rfc3339;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.StoryPublished;
import news.prism.events.Topic;
import news.prism.testkit.Infrastructure;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * What readers and their software get besides the page: the topic index, the topic's Atom feed, the sitemap, and
 * conditional requests with ETags. Stories arrive as events on a real broker; pages live in a real PostgreSQL.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderSurfacesTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.surfaces";
    private static final String PAGES = "render.pages.v1.surfaces";
    private static final String PUBLIC_URL = "https://reader.prism.test";
    private static final String SITEMAP = XmlDocuments.SITEMAP;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private StoryFeed feed;
    private ReaderHttp reader;

    // The topic "ai" in the order its index must show: newest first publication first.
    private StoryPublished newest;
    private StoryPublished middle;
    private StoryPublished oldest;
    private StoryPublished climate;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        properties.put("prism.render.public-url", PUBLIC_URL);
        return properties;
    }

    @BeforeAll
    void publishStories() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        reader = new ReaderHttp(server.getURI());
        oldest = story("2026-06-01T08:00:00Z", "The first of three");
        middle = story("2026-06-05T08:00:00Z", "The second of three");
        newest = StoryPublished.newBuilder(story("2026-06-10T08:00:00Z", "The third of three, corrected")).setVersion(2)
                .setPublishedAt(Instant.parse("2026-06-11T09:15:00Z"))
                .setCorrectionNote("An earlier version gave the wrong date.").build();
        climate = StoryPublished.newBuilder(story("2026-06-03T08:00:00Z", "A climate story"))
                .setTopic(new Topic("climate", "Climate")).build();

        // Not in publication order: the index orders by first publication, not by arrival.
        for (StoryPublished story : List.of(middle, newest, climate, oldest)) {
            feed.send(UUID.randomUUID().toString(), story);
        }
        for (StoryPublished story : List.of(middle, newest, climate, oldest)) {
            await().atMost(PATIENCE).until(() -> reader.get(path(story)).statusCode() == 200);
        }
    }

    @AfterAll
    void disconnect() {
        feed.close();
    }

    @Test
    void topicIndexListsTheTopicsLivePagesNewestFirst() {
        HttpResponse<String> response = reader.get("/ai/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        var index = Jsoup.parse(response.body());
        assertThat(index.selectFirst("h1").text()).isEqualTo("Open-Source AI");
        assertThat(index.select(".topic-story-headline a").eachText())
                .containsExactly(newest.getHeadline(), middle.getHeadline(), oldest.getHeadline());
        assertThat(index.select(".topic-story-headline a").eachAttr("href"))
                .containsExactly(path(newest), path(middle), path(oldest));
        assertThat(index.select(".topic-story-dek").eachText()).allMatch(dek -> dek.startsWith("A new definition splits"));
        assertThat(index.select(".topic-story-corrected")).hasSize(1);
        assertThat(index.selectFirst(".topic-count").text()).isEqualTo("3 stories");
        assertThat(index.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/ai/feed.atom");
        assertThat(index.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC_URL + "/ai/");
        assertThat(index.selectFirst("#subscribe input[name=topic]").attr("value")).isEqualTo("ai");
        assertThat(index.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/assets/prism.css");
        assertThat(reader.get("/ai").body()).isEqualTo(response.body());
    }

    @Test
    void aTopicWithoutPagesIsNotFound() {
        for (String path : List.of("/no-such-topic/", "/no-such-topic/feed.atom")) {
            HttpResponse<String> response = reader.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void theTopicFeedIsAtomWithEveryElementRfc4287Requires() throws Exception {
        HttpResponse<String> response = reader.get("/ai/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("application/atom+xml;charset=utf-8"));
        Element root = parseXml(response.body());
        assertThat(root.getNamespaceURI()).isEqualTo(XmlDocuments.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");

        assertThat(childText(root, "id")).startsWith("tag:reader.prism.test,2026-01-01:");
        assertThat(childText(root, "title")).isEqualTo("Open-Source AI · Prism");
        Instant feedUpdated = rfc3339(childText(root, "updated"));
        assertThat(link(root, "self").getAttribute("href")).isEqualTo(PUBLIC_URL + "/ai/feed.atom");
        assertThat(link(root, "alternate").getAttribute("href")).isEqualTo(PUBLIC_URL + "/ai/");
        assertThat(childText(only(root, "author"), "name")).isEqualTo("Prism");

        List<Element> entries = children(root, "entry");
        assertThat(entries).hasSize(3);
        List<StoryPublished> expected = List.of(newest, middle, oldest);
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            StoryPublished story = expected.get(i);
            assertThat(childText(entry, "id")).isEqualTo("urn:uuid:" + story.getStoryId());
            assertThat(childText(entry, "title")).isEqualTo(story.getHeadline());
            assertThat(rfc3339(childText(entry, "updated"))).isEqualTo(story.getPublishedAt());
            assertThat(rfc3339(childText(entry, "published"))).isEqualTo(story.getFirstPublishedAt());
            assertThat(link(entry, "alternate").getAttribute("href")).isEqualTo(PUBLIC_URL + path(story));
            assertThat(childText(entry, "summary")).isEqualTo(story.getDek());
            assertThat(childText(only(entry, "author"), "name")).isEqualTo("Prism Editorial Team");
            assertThat(feedUpdated).isAfterOrEqualTo(story.getPublishedAt());
        }
        assertThat(feedUpdated).isEqualTo(newest.getPublishedAt());
    }

    @Test
    void theSitemapListsEveryLivePageAndTopicIndex() throws Exception {
        HttpResponse<String> response = reader.get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("application/xml;charset=utf-8"));
        Element root = parseXml(response.body());
        assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(root.getLocalName()).isEqualTo("urlset");

        Map<String, Instant> lastModified = new HashMap<>();
        for (Element url : children(root, SITEMAP, "url")) {
            lastModified.put(childText(url, SITEMAP, "loc"), rfc3339(childText(url, SITEMAP, "lastmod")));
        }
        assertThat(lastModified).containsOnlyKeys(PUBLIC_URL + "/ai/", PUBLIC_URL + "/climate/",
                PUBLIC_URL + path(newest), PUBLIC_URL + path(middle), PUBLIC_URL + path(oldest),
                PUBLIC_URL + path(climate));
        assertThat(lastModified.get(PUBLIC_URL + path(newest))).isEqualTo(newest.getPublishedAt());
        assertThat(lastModified.get(PUBLIC_URL + "/ai/")).isEqualTo(newest.getPublishedAt());
        assertThat(lastModified.get(PUBLIC_URL + "/climate/")).isEqualTo(climate.getPublishedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page", "/ai/", "/ai/feed.atom", "/sitemap.xml"})
    void aMatchingIfNoneMatchGets304AndAnyOtherTheRepresentation(String target) {
        String path = target.equals("page") ? path(middle) : target;
        HttpResponse<String> first = reader.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");

        for (String matching : List.of(etag, "W/" + etag, "\"an-older-one\", " + etag, "*")) {
            HttpResponse<String> revalidated = reader.get(path, "If-None-Match", matching);
            assertThat(revalidated.statusCode()).as(matching).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
            assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        }

        HttpResponse<String> changed = reader.get(path, "If-None-Match", "\"" + "0".repeat(64) + "\"");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(first.body());
        assertThat(changed.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aPagesEtagIsTheHashOfItsStoredHtml() throws Exception {
        HttpResponse<String> page = reader.get(path(oldest));

        byte[] hash = MessageDigest.getInstance("SHA-256").digest(page.body().getBytes(StandardCharsets.UTF_8));
        assertThat(page.headers().firstValue("ETag")).hasValue("\"" + HexFormat.of().formatHex(hash) + "\"");
    }

    private static StoryPublished story(String firstPublished, String headline) {
        Instant at = Instant.parse(firstPublished);
        return SampleStories.fullStory(UUID.randomUUID().toString())
                .setHeadline(headline).setFirstPublishedAt(at).setPublishedAt(at).build();
    }

    private static String path(StoryPublished story) {
        return SampleStories.pathOf(story);
    }
}
