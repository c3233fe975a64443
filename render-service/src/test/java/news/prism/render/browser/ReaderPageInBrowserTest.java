package news.prism.render.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.BlockType;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.render.ReaderHttp;
import news.prism.render.RenderTestProperties;
import news.prism.render.SampleStories;
import news.prism.render.StoryFeed;
import news.prism.testkit.HeadlessBrowser;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader's page as a reader's browser draws it: a corrected story arrives as StoryPublished on a real broker, the
 * service renders it into a real PostgreSQL and serves it, and headless Chromium (driven by Playwright) opens it on a
 * phone-wide and a laptop-wide screen. Full-page screenshots of both, and of the page a browser gets at an address
 * without a story, are left in {@code target/screenshots/}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPageInBrowserTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.browser";
    private static final String PAGES = "render.pages.v1.browser";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Instant CORRECTED = Instant.parse("2026-06-12T09:45:00Z");
    /** Every section of the story, in the order of the story anatomy, and the page's table of contents. */
    private static final List<String> SECTIONS = List.of("story-header", "contents", "perspectives", "not-represented",
            "why-it-matters", "key-points", "key-figures", "story-body", "timeline", "viewpoints", "unknowns",
            "key-terms", "faq", "source-perspectives", "sources", "source-coverage");
    private static final String SECTION_SELECTOR = "#story-header, #contents, .story-section, .story-body";
    /** How far a segment's part of the bar may be from its share: the bar is drawn on whole pixels. */
    private static final double SHARE_TOLERANCE = 0.01;
    private static final double PIXEL = 1.0;

    private final Infrastructure infrastructure = Infrastructure.shared();
    private StoryPublished story;
    private String page;
    private HeadlessBrowser browser;
    private BrowserContext context;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
    }

    @BeforeAll
    void publishTheStoryAndStartTheBrowser() {
        story = correctedStoryWithAFigureWithoutImageAndCitationGroups();
        try (StoryFeed feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES)) {
            feed.send(UUID.randomUUID().toString(), story);
        }
        String path = SampleStories.pathOf(story);
        ReaderHttp reader = new ReaderHttp(server.getURI());
        await().atMost(PATIENCE).until(() -> reader.get(path).statusCode() == 200);
        page = server.getURI().resolve(path).toString();
        browser = HeadlessBrowser.start();
    }

    @AfterEach
    void closeTheTab() {
        if (context != null) {
            context.close();
            context = null;
        }
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
        Page tab = open(viewport);
        try {
            assertThat(tab.locator(SECTION_SELECTOR).evaluateAll("elements => elements.map(element => element.id)"))
                    .isEqualTo(SECTIONS);
            List<String> selectors = new ArrayList<>(List.of(".masthead"));
            SECTIONS.forEach(id -> selectors.add("#" + id));
            selectors.add("#subscribe");
            for (String selector : selectors) {
                BoundingBox box = tab.locator(selector).boundingBox();
                assertThat(tab.locator(selector).isVisible()).as("%s is shown at %d px", selector, viewport.width)
                        .isTrue();
                assertThat(box.x).as("%s's left edge at %d px", selector, viewport.width).isNotNegative();
                assertThat(box.x + box.width).as("%s's right edge at %d px", selector, viewport.width)
                        .isLessThanOrEqualTo(viewport.width);
            }
            assertThat(number(tab.evaluate("document.documentElement.scrollWidth")))
                    .as("the page's width at %d px: no sideways scrolling", viewport.width)
                    .isLessThanOrEqualTo(viewport.width);
        } finally {
            tab.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("reader-page-" + viewport.width + ".png")));
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void bothPerspectiveBarsDrawEachGroupAsWideAsItsShare(Viewport viewport) {
        Page tab = open(viewport);
        List<Perspective> perspectives = story.getPerspectives();
        for (String bar : List.of("#perspectives .perspective-bar-chart", "#source-perspectives .perspective-bar-chart")) {
            BoundingBox chart = box(tab, bar);
            assertThat(tab.locator(bar).isVisible()).as("%s at %d px", bar, viewport.width).isTrue();
            Locator segments = tab.locator(bar + " .perspective-segment");
            assertThat(segments.count()).isEqualTo(perspectives.size());

            double left = chart.x;
            for (int i = 0; i < perspectives.size(); i++) {
                BoundingBox segment = box(segments.nth(i));
                Perspective perspective = perspectives.get(i);
                String what = bar + " segment of " + perspective.getKey() + " at " + viewport.width + " px";
                assertThat(segment).as(what + " is drawn").isNotNull();
                assertThat(segment.width / chart.width).as(what + ": part of the bar")
                        .isCloseTo(perspective.getShare() / 100.0, within(SHARE_TOLERANCE));
                assertThat(segment.x).as(what + ": starts where the one before ends").isCloseTo(left, within(PIXEL));
                left = segment.x + segment.width;
            }
            assertThat(left).as(bar + ": the segments fill the bar").isCloseTo(chart.x + chart.width, within(PIXEL));
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aCitationMarkerLandsOnItsSource(Viewport viewport) {
        Page tab = open(viewport);
        Locator marker = tab.locator("#story-body a.citation[href='#source-1']").first();
        marker.evaluate("marker => marker.scrollIntoView({block: 'center'})");
        assertThat(isOnScreen(tab, "#source-1", viewport)).as("source 1 is off the screen before the click").isFalse();

        marker.click();

        await().atMost(PATIENCE).until(() -> tab.evaluate("location.hash"), "#source-1"::equals);
        assertThat(tab.evaluate("document.querySelector(':target').id")).isEqualTo("source-1");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(isOnScreen(tab, "#source-1", viewport))
                .as("source 1 is on the screen after the click").isTrue());
        assertThat(tab.evaluate("getComputedStyle(document.getElementById('source-1')).backgroundColor"))
                .as("the source cited is highlighted").isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void eachLinkOfTheContentsBringsItsSectionOnScreen(Viewport viewport) {
        Page tab = open(viewport);
        Locator links = tab.locator("#contents a");
        List<String> targets = ((List<?>) links.evaluateAll("links => links.map(link => link.getAttribute('href'))"))
                .stream().map(String::valueOf).toList();
        assertThat(targets).containsExactlyElementsOf(SECTIONS.subList(2, SECTIONS.size()).stream()
                .map(id -> "#" + id).toList());

        for (String target : targets) {
            tab.evaluate("window.scrollTo(0, 0)");
            tab.locator("#contents a[href='" + target + "']").click();
            await().atMost(PATIENCE).until(() -> tab.evaluate("location.hash"), target::equals);
            BoundingBox section = box(tab, target);
            assertThat(section.y).as("%s's top at %d px after its link was followed", target, viewport.width)
                    .isBetween(-PIXEL, viewport.height - 1.0);
        }
        if (viewport == Viewport.WIDE) {
            tab.evaluate("document.getElementById('sources').scrollIntoView()");
            assertThat(isOnScreen(tab, "#contents", viewport)).as("the contents stay beside the story").isTrue();
            BoundingBox contents = box(tab, "#contents");
            BoundingBox body = box(tab, "#story-body");
            assertThat(contents.x).as("the contents are to the right of the story").isGreaterThan(body.x + body.width);
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aFigureWithoutAnImageShowsItsCaptionAndNoEmptyBox(Viewport viewport) {
        Page tab = open(viewport);
        Locator figure = tab.locator("#story-body .story-figure-text");
        assertThat(figure.count()).isEqualTo(1);
        assertThat(figure.innerText()).isEqualTo(FIGURE_CAPTION);
        BoundingBox box = figure.boundingBox();
        BoundingBox caption = figure.locator("figcaption").boundingBox();
        assertThat(box.height - caption.height).as("the figure is as tall as its caption and padding, no more")
                .isLessThan(40);
        assertThat(tab.locator("#story-body [role=img], #story-body .story-figure-placeholder").count()).isZero();
    }

    @Test
    void noCitationGroupStartsALineOnAPhone() {
        Page tab = open(Viewport.NARROW);
        Object groups = tab.locator(".citations").evaluateAll("""
                groups => groups.map(group => {
                    const rects = group.getClientRects();
                    const before = group.previousSibling;
                    if (!before || before.nodeType !== Node.TEXT_NODE) {
                        return {text: group.textContent, lines: rects.length, sameLine: true};
                    }
                    const text = before.textContent;
                    let i = text.length - 1;
                    while (i >= 0 && /[\\s\\u00a0\\u2060]/.test(text[i])) { i--; }
                    const range = document.createRange();
                    range.setStart(before, i);
                    range.setEnd(before, i + 1);
                    const word = range.getBoundingClientRect();
                    const first = rects[0];
                    return {text: group.textContent, lines: rects.length,
                            sameLine: word.bottom > first.top && word.top < first.bottom && first.left >= word.left};
                })""");
        List<?> results = (List<?>) groups;
        assertThat(results).as("citation groups on the page").hasSizeGreaterThan(10);
        for (Object result : results) {
            Map<?, ?> group = (Map<?, ?>) result;
            assertThat(number(group.get("lines"))).as("%s on one line", group.get("text")).isEqualTo(1);
            assertThat(group.get("sameLine")).as("%s on the line of the word before it", group.get("text"))
                    .isEqualTo(true);
        }
    }

    @Test
    void aCorrectionIsLabelledWithItsDateAndThePageKeepsItsFirstPublishedTime() {
        Page tab = open(Viewport.NARROW);
        assertThat(tab.locator("time.story-published").getAttribute("datetime"))
                .isEqualTo(SampleStories.FIRST_PUBLISHED.toString());
        assertThat(tab.locator(".story-dates").innerText().replaceAll("\\s+", " "))
                .startsWith("Published June 10, 2026").contains("Corrected June 12, 2026");
        Locator label = tab.locator(".story-corrected-label");
        assertThat(label.isVisible()).isTrue();
        assertThat(label.innerText()).isEqualTo("Corrected");
        assertThat(tab.locator("time.story-corrected").getAttribute("datetime")).isEqualTo(CORRECTED.toString());
        assertThat(tab.locator("#correction").innerText()).contains(story.getCorrectionNote());

        label.click();
        await().atMost(PATIENCE).until(() -> tab.evaluate("location.hash"), "#correction"::equals);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void eachSourcesGroupLabelHasTheColourOfItsGroupOnTheBar(Viewport viewport) {
        Page tab = open(viewport);
        for (Source source : story.getSources()) {
            String label = "#source-" + source.getN() + " .source-group";
            String segment = "#source-perspectives .perspective-segment[data-perspective='" + source.getPerspective() + "']";
            Object barColour = tab.locator(segment).evaluate("segment => getComputedStyle(segment).fill");
            assertThat(tab.locator(label).isVisible()).as(label).isTrue();
            assertThat(tab.locator(label + " .perspective-swatch").evaluate("swatch => getComputedStyle(swatch).backgroundColor"))
                    .as("%s's swatch at %d px", label, viewport.width).isEqualTo(barColour);
            assertThat(tab.locator(label).evaluate("label => getComputedStyle(label).borderTopColor"))
                    .as("%s's outline at %d px", label, viewport.width).isEqualTo(barColour);
        }
        assertThat(tab.locator("#sources .source-summary").innerText()).isEqualTo("3 outlets · 3 viewpoints");
    }

    @Test
    void eachSourcesReadOnLinkOpensTheSourceWithoutTellingItWhereTheReaderCameFrom() {
        Page tab = open(Viewport.WIDE);
        for (Source source : story.getSources()) {
            Locator link = tab.locator("#source-" + source.getN() + " a.source-read");
            assertThat(link.isVisible()).as("the Read on link of source %d", source.getN()).isTrue();
            assertThat(link.textContent()).isEqualTo("Read on " + source.getOutlet());
            assertThat(link.evaluate("link => link.href")).isEqualTo(source.getUrl());
            assertThat(link.evaluate("link => link.relList.contains('noopener')")).as("rel noopener").isEqualTo(true);
            assertThat(link.evaluate("link => link.relList.contains('noreferrer')")).as("rel noreferrer").isEqualTo(true);
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aBrowserAtAnAddressWithoutAStoryGetsAPageSayingSo(Viewport viewport) {
        Page tab = context(viewport).newPage();
        var response = tab.navigate(server.getURI().resolve("/ai/no-such-story").toString());
        try {
            assertThat(response.status()).isEqualTo(404);
            assertThat(tab.locator("h1").innerText()).isEqualTo("There is no story here");
            assertThat(tab.locator("a[href='/ai/']").last().innerText()).isEqualTo("See every Open-Source AI story");
            assertThat(number(tab.evaluate("document.documentElement.scrollWidth"))).isLessThanOrEqualTo(viewport.width);
        } finally {
            tab.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("not-found-" + viewport.width + ".png")));
        }
    }

    private static final String FIGURE_CAPTION = "Where the definition applies: a map is to follow";

    /**
     * The sample story as its second version, a correction, with a figure that has no image and paragraphs whose
     * citation groups fall at every place of a phone's line.
     */
    private static StoryPublished correctedStoryWithAFigureWithoutImageAndCitationGroups() {
        StoryPublished.Builder builder = SampleStories.fullStory("story-" + UUID.randomUUID())
                .setVersion(2)
                .setPublishedAt(CORRECTED)
                .setCorrectionNote("An earlier version gave the wrong number of endorsing organisations.");
        var body = new ArrayList<>(builder.getBody());
        body.add(SampleStories.block(BlockType.FIGURE).setCaption(FIGURE_CAPTION).setAlt("").build());
        String[] words = "Each group cites its sources as the story goes on and every claim carries them".split(" ");
        for (int paragraph = 0; paragraph < 3; paragraph++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                text.append(i == 0 ? "" : " ").append(words[i]);
                if ((i + paragraph) % 4 == 3) {
                    text.append(i % 2 == 0 ? " [1][2][3][4]" : ".[2][3]");
                }
            }
            body.add(SampleStories.block(BlockType.PARAGRAPH).setText(text.toString()).build());
        }
        return builder.setBody(body).build();
    }

    private Page open(Viewport viewport) {
        Page tab = context(viewport).newPage();
        tab.navigate(page);
        return tab;
    }

    private BrowserContext context(Viewport viewport) {
        Browser chromium = browser.browser();
        context = chromium.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setIsMobile(viewport.mobile)
                .setHasTouch(viewport.mobile));
        return context;
    }

    /** Whether the element is wholly on the screen; layout is in fractions of a pixel, scrolling in whole ones. */
    private static boolean isOnScreen(Page tab, String selector, Viewport viewport) {
        BoundingBox box = box(tab, selector);
        return box.x >= -PIXEL && box.y >= -PIXEL && box.x + box.width <= viewport.width + PIXEL
                && box.y + box.height <= viewport.height + PIXEL;
    }

    /**
     * The element's border box as the page lays it out ({@code getBoundingClientRect}); for an SVG shape that is its
     * geometry, where Playwright's own bounding box adds the stroke.
     */
    private static BoundingBox box(Locator element) {
        Map<?, ?> rect = (Map<?, ?>) element.evaluate(
                "e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; }");
        BoundingBox box = new BoundingBox();
        box.x = number(rect.get("x"));
        box.y = number(rect.get("y"));
        box.width = number(rect.get("width"));
        box.height = number(rect.get("height"));
        return box;
    }

    private static BoundingBox box(Page tab, String selector) {
        return box(tab.locator(selector));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
