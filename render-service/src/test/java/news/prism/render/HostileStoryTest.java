package news.prism.render;

import static news.prism.render.SampleStories.pathOf;
import static news.prism.render.XmlDocuments.childText;
import static news.prism.render.XmlDocuments.children;
import static news.prism.render.XmlDocuments.only;
import static news.prism.render.XmlDocuments.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.Block;
import news.prism.events.BlockType;
import news.prism.events.FaqEntry;
import news.prism.events.KeyFigure;
import news.prism.events.KeyTerm;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.events.TimelineEntry;
import news.prism.events.Topic;
import news.prism.events.Viewpoint;
import news.prism.testkit.Infrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A story whose every text field carries markup meant to run script, published through the real pipeline: the page,
 * its meta tags and JSON-LD, the topic index, the feed and the retraction notice all show it as text.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileStoryTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.hostile";
    private static final String PAGES = "render.pages.v1.hostile";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>"
            + "</script><script>alert(1)</script>' onmouseover='alert(1)";
    private static final String SAFE_URL = "https://www.example.org/reporting";

    private final Infrastructure infrastructure = Infrastructure.shared();
    private StoryFeed feed;
    private ReaderHttp reader;
    private StoryPublished story;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
    }

    @BeforeAll
    void publishTheHostileStory() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        reader = new ReaderHttp(server.getURI());
        story = hostileStory(UUID.randomUUID().toString());
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(story)).statusCode() == 200);
    }

    @AfterAll
    void disconnect() {
        feed.close();
    }

    @Test
    void thePageShowsEveryPayloadAsText() {
        Document page = Jsoup.parse(reader.get(pathOf(story)).body());

        assertNothingRuns(page, 1);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.title()).isEqualTo(hostile("headline") + " · Prism");
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile("headline"));
        assertThat(page.selectFirst(".story-dek").text()).isEqualTo(hostile("dek"));
        assertThat(page.selectFirst(".story-byline").text()).isEqualTo(hostile("byline"));
        assertThat(page.selectFirst(".story-format").text()).isEqualTo(hostile("format"));
        assertThat(page.getElementById("correction").selectFirst("p").text()).isEqualTo(hostile("correction"));
        assertThat(page.select(".perspective-card h3").eachText()).containsExactly(hostile("group one"), hostile("group two"));
        assertThat(page.select(".perspective-card").eachAttr("data-perspective")).containsExactly(hostile("one"), hostile("two"));
        assertThat(page.select("#not-represented li").eachText()).containsExactly(hostile("missing"));
        assertThat(page.selectFirst("#story-body p").text()).isEqualTo(hostile("paragraph") + " [1]");
        assertThat(page.selectFirst("#story-body h2").text()).isEqualTo(hostile("heading"));
        assertThat(page.selectFirst(".story-figure-text figcaption").text()).isEqualTo(hostile("caption"));
        assertThat(page.select("#timeline .timeline-when").eachText()).containsExactly(hostile("when"));
        assertThat(page.select("#timeline time").eachAttr("datetime")).containsExactly(hostile("date"));
        assertThat(page.select("#faq dt").eachText()).containsExactly(hostile("question"));
        assertThat(page.select(".source-outlet").eachText()).containsExactly(hostile("outlet one"), hostile("outlet two"));
        assertThat(page.select(".source-title").eachText()).containsExactly(hostile("title one"), hostile("title two"));
        assertThat(page.select("a.source-read").eachAttr("href")).containsExactly(SAFE_URL);
        assertThat(page.selectFirst("a.source-read").attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(page.selectFirst("#subscribe input[name=topic]").attr("value")).isEqualTo("hostile");
        assertThat(page.selectFirst("#subscribe p").text()).contains(hostile("topic name"));
    }

    @Test
    void theMetaTagsCarryThePayloadAsAttributeText() {
        Document page = Jsoup.parse(reader.get(pathOf(story)).body());

        assertThat(meta(page, "name", "description")).isEqualTo(hostile("dek"));
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo(hostile("headline"));
        assertThat(meta(page, "property", "og:description")).isEqualTo(hostile("dek"));
        assertThat(meta(page, "property", "og:url")).isEqualTo("http://localhost:8083" + pathOf(story));
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Prism");
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(meta(page, "property", "article:section")).isEqualTo(hostile("topic name"));
        assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("title"))
                .isEqualTo(hostile("topic name") + " · Prism");
    }

    @Test
    void theJsonLdParsesAsJsonWithThePayloadAsText() throws Exception {
        Document page = Jsoup.parse(reader.get(pathOf(story)).body());
        Element script = page.selectFirst("script[type=application/ld+json]");
        String text = script.data();

        assertThat(text).doesNotContain("<", ">");
        Map<String, Object> article = json.readValue(text, Argument.mapOf(String.class, Object.class));
        assertThat(article).containsEntry("@context", "https://schema.org").containsEntry("@type", "NewsArticle")
                .containsEntry("headline", hostile("headline"))
                .containsEntry("description", hostile("dek"))
                .containsEntry("articleSection", hostile("topic name"))
                .containsEntry("datePublished", "2026-06-10T12:30:00Z")
                .containsEntry("dateModified", "2026-06-11T08:00:00Z")
                .containsEntry("author", Map.of("@type", "Organization", "name", hostile("byline")))
                .containsEntry("publisher", Map.of("@type", "Organization", "name", "Prism"))
                .containsEntry("mainEntityOfPage", Map.of("@type", "WebPage", "@id", "http://localhost:8083" + pathOf(story)))
                .containsEntry("citation", List.of(SAFE_URL));
    }

    @Test
    void theTopicIndexAndFeedShowThePayloadAsText() throws Exception {
        Document index = Jsoup.parse(reader.get("/hostile/").body());
        assertNothingRuns(index, 0);
        assertThat(index.selectFirst("h1").text()).isEqualTo(hostile("topic name"));
        assertThat(index.select(".topic-story-headline").eachText()).containsExactly(hostile("headline"));
        assertThat(index.select(".topic-story-dek").eachText()).containsExactly(hostile("dek"));

        org.w3c.dom.Element atom = parseXml(reader.get("/hostile/feed.atom").body());
        assertThat(childText(atom, "title")).isEqualTo(hostile("topic name") + " · Prism");
        org.w3c.dom.Element entry = children(atom, "entry").getFirst();
        assertThat(childText(entry, "title")).isEqualTo(hostile("headline"));
        assertThat(childText(entry, "summary")).isEqualTo(hostile("dek"));
        assertThat(childText(only(entry, "author"), "name")).isEqualTo(hostile("byline"));
    }

    @Test
    void theRetractionNoticeShowsTheReasonAsText() {
        StoryPublished retracted = hostileStory(UUID.randomUUID().toString());
        feed.send(UUID.randomUUID().toString(), retracted);
        await().atMost(PATIENCE).until(() -> reader.get(pathOf(retracted)).statusCode() == 200);
        feed.send(UUID.randomUUID().toString(), StoryRetracted.newBuilder().setStoryId(retracted.getStoryId())
                .setSlug(retracted.getSlug()).setTopicSlug("hostile").setReason(hostile("reason"))
                .setRetractedBy(hostile("editor")).setRetractedAt(Instant.parse("2026-06-12T08:00:00Z")).build());

        HttpResponse<String> gone = await().atMost(PATIENCE)
                .until(() -> reader.browse(pathOf(retracted)), response -> response.statusCode() == 410);

        Document notice = Jsoup.parse(gone.body());
        assertNothingRuns(notice, 0);
        assertThat(notice.selectFirst(".notice-reason").text()).isEqualTo("Reason: " + hostile("reason"));
        assertThat(notice.selectFirst(".masthead-topic").text()).isEqualTo(hostile("topic name"));
    }

    /** No script element but the JSON-LD ones expected, no event handler attribute, no link that is not http(s) or local. */
    private static void assertNothingRuns(Document document, int jsonLdScripts) {
        assertThat(document.select("script")).hasSize(jsonLdScripts)
                .allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase()).as(element.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(document.select("[href]").eachAttr("href"))
                .allMatch(href -> href.startsWith("#") || href.startsWith("/") || href.startsWith("https://")
                        || href.startsWith("http://"));
        assertThat(document.select("iframe, object, embed, svg script, style")).isEmpty();
    }

    private static String meta(Document page, String attribute, String name) {
        return page.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
    }

    private static String hostile(String field) {
        return field + " " + PAYLOAD;
    }

    private static StoryPublished hostileStory(String storyId) {
        String one = hostile("one");
        String two = hostile("two");
        return SampleStories.fullStory(storyId)
                .setVersion(2)
                .setFormat(hostile("format"))
                .setTopic(new Topic("hostile", hostile("topic name")))
                .setHeadline(hostile("headline"))
                .setDek(hostile("dek"))
                .setByline(hostile("byline"))
                .setFirstPublishedAt(Instant.parse("2026-06-10T12:30:00Z"))
                .setPublishedAt(Instant.parse("2026-06-11T08:00:00Z"))
                .setCorrectionNote(hostile("correction"))
                .setPerspectives(List.of(
                        new Perspective(one, hostile("group one"), 60, hostile("summary one") + " [1]"),
                        new Perspective(two, hostile("group two"), 40, hostile("summary two") + " [2]")))
                .setNotRepresented(List.of(hostile("missing")))
                .setWhyItMatters(hostile("why") + " [1]")
                .setKeyPoints(List.of(hostile("point a"), hostile("point b"), hostile("point c") + " [2]"))
                .setKeyFigures(List.of(new KeyFigure(hostile("value"), hostile("label"))))
                .setBody(List.of(
                        block(BlockType.PARAGRAPH).setText(hostile("paragraph") + " [1]").build(),
                        block(BlockType.HEADING).setText(hostile("heading")).build(),
                        block(BlockType.QUOTE).setText(hostile("quote")).setAttribution(hostile("attribution")).build(),
                        block(BlockType.FIGURE).setCaption(hostile("caption")).setAlt(hostile("alt"))
                                .setImageUrl("javascript:alert(1)//" + PAYLOAD).build(),
                        block(BlockType.LIST).setItems(List.of(hostile("item"))).build()))
                .setTimeline(List.of(new TimelineEntry(hostile("when"), hostile("date"), hostile("event"))))
                .setViewpoints(List.of(new Viewpoint(one, hostile("tagline"), hostile("viewpoint"))))
                .setUnknowns(List.of(hostile("unknown")))
                .setKeyTerms(List.of(new KeyTerm(hostile("term"), hostile("definition"))))
                .setFaq(List.of(new FaqEntry(hostile("question"), hostile("answer"))))
                .setSources(List.of(
                        new Source(1, hostile("outlet one"), hostile("title one"), SAFE_URL, one, hostile("source id")),
                        new Source(2, hostile("outlet two"), hostile("title two"), "javascript:alert(1)//" + PAYLOAD, two,
                                null)))
                .build();
    }

    private static Block.Builder block(BlockType type) {
        return Block.newBuilder().setType(type).setText(null).setAttribution(null).setCaption(null).setAlt(null)
                .setImageUrl(null).setItems(List.of());
    }
}
