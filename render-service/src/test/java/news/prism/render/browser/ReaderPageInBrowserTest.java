package news.prism.render.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.render.ReaderHttp;
import news.prism.render.RenderTestProperties;
import news.prism.render.SampleStories;
import news.prism.render.StoryFeed;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader's page as a reader's browser draws it: a full story arrives as StoryPublished on a real broker, the
 * service renders it into a real PostgreSQL and serves it, and headless Chromium opens it on a phone-wide and a
 * laptop-wide screen. Full-page screenshots of both are left in {@code target/screenshots/}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPageInBrowserTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.browser";
    private static final String PAGES = "render.pages.v1.browser";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path BROWSER_FILES = Path.of("target", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Every child of the story's article, in the order of the story anatomy. */
    private static final List<String> ARTICLE_SECTIONS = List.of("story-header", "perspectives", "not-represented",
            "why-it-matters", "key-points", "key-figures", "story-body", "timeline", "viewpoints", "unknowns",
            "key-terms", "faq", "source-perspectives", "sources", "source-coverage");
    /** How far a segment's part of the bar may be from its share: the bar is drawn on whole pixels. */
    private static final double SHARE_TOLERANCE = 0.01;
    private static final double PIXEL = 1.0;

    private final Infrastructure infrastructure = Infrastructure.shared();
    private StoryPublished story;
    private URI page;
    private HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
    }

    @BeforeAll
    void publishTheStoryAndStartTheBrowser() {
        story = SampleStories.fullStory("story-" + UUID.randomUUID()).build();
        try (StoryFeed feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES)) {
            feed.send(UUID.randomUUID().toString(), story);
        }
        String path = SampleStories.pathOf(story);
        ReaderHttp reader = new ReaderHttp(server.getURI());
        await().atMost(PATIENCE).until(() -> reader.get(path).statusCode() == 200);
        page = server.getURI().resolve(path);
        browser = HeadlessChromium.start(BROWSER_FILES);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void everySectionIsShownWithinTheWidthOfTheScreen(Viewport viewport) {
        BrowserTab tab = open(viewport);
        try {
            assertThat(tab.evaluate("[...document.querySelectorAll('article.story > *')].map(element => element.id)")
                    .valueStream().map(JsonNode::asText)).containsExactlyElementsOf(ARTICLE_SECTIONS);
            List<String> selectors = new ArrayList<>(List.of(".masthead"));
            ARTICLE_SECTIONS.forEach(id -> selectors.add("#" + id));
            selectors.add("#subscribe");
            for (String selector : selectors) {
                ElementBox box = tab.box(selector);
                assertThat(box.isDisplayed()).as("%s is shown at %d px: %s", selector, viewport.width, box).isTrue();
                assertThat(box.left()).as("%s's left edge at %d px", selector, viewport.width).isNotNegative();
                assertThat(box.right()).as("%s's right edge at %d px", selector, viewport.width)
                        .isLessThanOrEqualTo(viewport.width);
            }
            assertThat(tab.evaluate("document.documentElement.scrollWidth").asInt())
                    .as("the page's width at %d px: no sideways scrolling", viewport.width)
                    .isLessThanOrEqualTo(viewport.width);
        } finally {
            tab.saveFullPageScreenshot(SCREENSHOTS.resolve("reader-page-" + viewport.width + ".png"));
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void bothPerspectiveBarsDrawEachGroupAsWideAsItsShare(Viewport viewport) {
        BrowserTab tab = open(viewport);
        List<Perspective> perspectives = story.getPerspectives();
        for (String bar : List.of("#perspectives .perspective-bar-chart", "#source-perspectives .perspective-bar-chart")) {
            ElementBox chart = tab.box(bar);
            assertThat(chart.isDisplayed()).as("%s at %d px: %s", bar, viewport.width, chart).isTrue();
            List<ElementBox> segments = tab.boxes(bar + " .perspective-segment");
            assertThat(segments).hasSameSizeAs(perspectives);

            double left = chart.left();
            for (int i = 0; i < segments.size(); i++) {
                ElementBox segment = segments.get(i);
                Perspective perspective = perspectives.get(i);
                String what = bar + " segment of " + perspective.getKey() + " at " + viewport.width + " px";
                assertThat(segment.isDisplayed()).as(what).isTrue();
                assertThat(segment.width() / chart.width()).as(what + ": part of the bar")
                        .isCloseTo(perspective.getShare() / 100.0, within(SHARE_TOLERANCE));
                assertThat(segment.left()).as(what + ": starts where the one before ends").isCloseTo(left, within(PIXEL));
                left = segment.right();
            }
            assertThat(left).as(bar + ": the segments fill the bar").isCloseTo(chart.right(), within(PIXEL));
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aCitationMarkerLandsOnItsSource(Viewport viewport) {
        BrowserTab tab = open(viewport);
        String marker = "#story-body a.citation[href='#source-1']";
        tab.scrollToMiddle(marker);
        assertThat(tab.box("#source-1").isWithin(viewport.width, viewport.height))
                .as("source 1 is off the screen before the click").isFalse();

        tab.click(marker);

        await().atMost(PATIENCE).until(() -> tab.text("location.hash"), "#source-1"::equals);
        assertThat(tab.text("document.querySelector(':target').id")).isEqualTo("source-1");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tab.box("#source-1").isWithin(viewport.width,
                viewport.height)).as("source 1 is on the screen after the click").isTrue());
        assertThat(tab.text("getComputedStyle(document.getElementById('source-1')).backgroundColor"))
                .as("the source cited is highlighted").isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void eachSourcesReadOnLinkOpensTheSourceWithoutTellingItWhereTheReaderCameFrom() {
        BrowserTab tab = open(Viewport.WIDE);
        for (Source source : story.getSources()) {
            String link = "#source-" + source.getN() + " a.source-read";
            JsonNode read = tab.evaluateOn(link, "link => ({text: link.textContent, href: link.href,"
                    + " noopener: link.relList.contains('noopener'), noreferrer: link.relList.contains('noreferrer')})");
            assertThat(tab.box(link).isDisplayed()).as(link).isTrue();
            assertThat(read.get("text").asText()).isEqualTo("Read on " + source.getOutlet());
            assertThat(read.get("href").asText()).isEqualTo(source.getUrl());
            assertThat(read.get("noopener").asBoolean()).as(link + " rel noopener").isTrue();
            assertThat(read.get("noreferrer").asBoolean()).as(link + " rel noreferrer").isTrue();
        }
    }

    private BrowserTab open(Viewport viewport) {
        BrowserTab tab = browser.tab();
        tab.resize(viewport);
        tab.load(page);
        return tab;
    }
}
