package news.prism.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.views.ViewsConfigurationProperties;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfigurationProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.prism.events.Block;
import news.prism.events.BlockType;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.render.RenderSettings;
import news.prism.render.SampleStories;
import news.prism.render.page.SeriesPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Renders whole stories with the precompiled templates and reads the pages back as a browser would. */
class StoryPageRenderingTest {

    private static final RenderSettings SETTINGS =
            new RenderSettings("https://prism.example", "https://notify.example/", "Europe/Berlin", "Prism",
                    LocalDate.parse("2026-01-01"));

    private final StoryPageViewFactory views = new StoryPageViewFactory(SETTINGS);
    private final StoryPageRenderer renderer = new StoryPageRenderer(new Templates(
            new HtmlJteViewsRenderer<Map<String, Object>>(new ViewsConfigurationProperties(),
                    new JteViewsRendererConfigurationProperties()) {
            }));

    @Test
    void showsEverySectionOfTheAnatomyInItsOrder() {
        Document page = render(SampleStories.fullStory("s1").build());

        assertThat(page.select(SECTIONS).eachAttr("id")).containsExactly(
                "story-header", "contents", "perspectives", "not-represented", "why-it-matters", "key-points",
                "key-figures", "story-body", "timeline", "viewpoints", "unknowns", "key-terms", "faq",
                "source-perspectives", "sources", "source-coverage", "subscribe");
    }

    @Test
    void groupsTheSectionsIntoTheAnatomysPartsEachNamedAboveItsSections() {
        Document page = render(SampleStories.fullStory("s1").build());

        var parts = page.select("article.story > .story-part");
        assertThat(parts.eachText()).hasSize(4);
        assertThat(parts.stream().map(part -> part.selectFirst(".story-part-title").text()))
                .containsExactly("Orientation", "The story", "Context", "Sources");
        assertThat(parts.stream().map(part -> part.select(".story-section, .story-body").eachAttr("id")))
                .containsExactly(
                        List.of("perspectives", "not-represented", "why-it-matters", "key-points", "key-figures"),
                        List.of("story-body"),
                        List.of("timeline", "viewpoints", "unknowns", "key-terms", "faq"),
                        List.of("source-perspectives", "sources", "source-coverage"));
        for (Element part : parts) {
            assertThat(part.getElementById(part.attr("aria-labelledby"))).isEqualTo(part.selectFirst(".story-part-title"));
        }
    }

    @Test
    void theTableOfContentsLinksEverySectionShownByPart() {
        Document page = render(SampleStories.fullStory("s1").setTimeline(List.of()).setFaq(List.of()).build());

        Element contents = page.getElementById("contents");
        assertThat(contents.select(".story-contents-part-title").eachText())
                .containsExactly("Orientation", "Body", "Context", "Sources");
        List<String> targets = contents.select("a").eachAttr("href");
        assertThat(targets).containsExactly("#perspectives", "#not-represented", "#why-it-matters", "#key-points",
                "#key-figures", "#story-body", "#viewpoints", "#unknowns", "#key-terms", "#source-perspectives",
                "#sources", "#source-coverage");
        for (String target : targets) {
            assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
        }
        assertThat(contents.selectFirst("a[href=#key-points]").text()).isEqualTo("Key points");
    }

    @Test
    void headerShowsTheStoryAndWhereItStands() {
        Element header = render(SampleStories.fullStory("s1").build()).getElementById("story-header");

        assertThat(header.selectFirst(".story-format").text()).isEqualTo("explainer");
        assertThat(header.selectFirst(".story-topic").text()).isEqualTo("Open-Source AI");
        assertThat(header.selectFirst("h1").text()).isEqualTo(SampleStories.HEADLINE);
        assertThat(header.selectFirst(".story-dek").text()).startsWith("A new definition splits");
        assertThat(header.selectFirst(".story-byline").text()).isEqualTo("Prism Editorial Team");
        Element published = header.selectFirst("time.story-published");
        assertThat(published.attr("datetime")).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(published.text()).isEqualTo("June 10, 2026, 14:30 CEST");
        assertThat(header.selectFirst(".story-dates").text()).isEqualTo("Published June 10, 2026, 14:30 CEST");
        assertThat(header.selectFirst(".story-reading-time").text()).isEqualTo("4 min read");
        assertThat(header.selectFirst(".story-series").text()).isEqualTo("No. 2 in Open-Source AI");
        assertThat(header.selectFirst(".story-series").attr("href")).isEqualTo("/ai/");
        assertThat(header.getElementById("correction")).isNull();
        assertThat(header.selectFirst(".story-corrected-label")).isNull();
    }

    @Test
    void perspectivesShowABarWithProportionalWidthsAndACardPerGroup() {
        Document page = render(SampleStories.fullStory("s1").build());
        Element perspectives = page.getElementById("perspectives");

        var segments = perspectives.select("rect.perspective-segment");
        assertThat(segments.eachAttr("width")).containsExactly("50", "30", "20");
        assertThat(segments.eachAttr("x")).containsExactly("0", "50", "80");
        assertThat(perspectives.select(".perspective-legend .perspective-name").eachText())
                .containsExactly("Developers", "AI companies", "Regulators");
        assertThat(perspectives.select(".perspective-legend .perspective-share").eachText())
                .containsExactly("50%", "30%", "20%");

        var cards = perspectives.select(".perspective-card");
        assertThat(cards).hasSize(3);
        assertThat(cards.get(0).selectFirst("h3").text()).isEqualTo("Developers");
        assertThat(cards.get(2).selectFirst(".perspective-summary").text())
                .isEqualTo("Want a definition the law can use [3][4].");

        Element again = page.getElementById("source-perspectives");
        assertThat(again.select("rect.perspective-segment").eachAttr("width")).containsExactly("50", "30", "20");
        assertThat(again.select(".perspective-legend .perspective-name").eachText())
                .containsExactly("Developers", "AI companies", "Regulators");
    }

    @Test
    void orientationAndContextSectionsCarryTheirEntries() {
        Document page = render(SampleStories.fullStory("s1").build());

        assertThat(page.select("#not-represented li").eachText()).containsExactly("Artists whose work is in training data");
        assertThat(page.getElementById("why-it-matters").text()).contains("lighter rules under the AI Act");
        assertThat(page.select("#key-points li")).hasSize(3);
        assertThat(page.select("#key-figures .key-figure-value").eachText()).containsExactly("17.8%", "20");
        assertThat(page.select("#timeline li .timeline-when").eachText()).containsExactly("Late 2022", "June 10, 2026");
        assertThat(page.selectFirst("#timeline time").attr("datetime")).isEqualTo("2026-06-10");
        assertThat(page.select("#viewpoints h3").eachText()).containsExactly("Developers", "AI companies");
        assertThat(page.select("#viewpoints .viewpoint-tagline").eachText())
                .containsExactly("Open means reproducible", "Data cannot always be shared");
        assertThat(page.select("#unknowns li").eachText()).containsExactly("Whether courts will use the definition [3].");
        assertThat(page.select("#key-terms dt").eachText()).containsExactly("Open weights");
        assertThat(page.select("#faq dt").eachText()).containsExactly("Is my model open source?");
        assertThat(page.select("#faq dd").eachText()).containsExactly("Only if code and weights are open [1].");
    }

    @Test
    void bodyRendersEveryKindOfBlockWithCitationLinks() {
        Element body = render(SampleStories.fullStory("s1").build()).getElementById("story-body");

        Element paragraph = body.selectFirst("p");
        assertThat(paragraph.select("a.citation").eachAttr("href")).containsExactly("#source-1", "#source-2");
        assertThat(paragraph.select("a.citation").eachText()).containsExactly("[1]", "[2]");
        assertThat(body.selectFirst("h2").text()).isEqualTo("What the text says");
        assertThat(body.selectFirst("blockquote").text()).isEqualTo("Openness without data is half the story.");
        assertThat(body.selectFirst(".story-quote figcaption").text()).isEqualTo("A maintainer [1]");
        Element image = body.selectFirst(".story-figure img");
        assertThat(image.attr("src")).isEqualTo("https://images.example/chart.png");
        assertThat(image.attr("alt")).isEqualTo("Bar chart of models");
        assertThat(body.select(".story-figure figcaption a.citation").eachAttr("href")).containsExactly("#source-1");
        assertThat(body.select("ul li").eachText()).containsExactly("Weights [1]", "Code [2]", "Data information [4]");
    }

    @Test
    void everyCitationLinkLeadsToASourceOnThePage() {
        Document page = render(SampleStories.fullStory("s1").build());

        var citations = page.select("a.citation");
        assertThat(citations).hasSizeGreaterThan(10);
        for (Element citation : citations) {
            String target = citation.attr("href").substring(1);
            assertThat(page.getElementById(target)).as(citation.outerHtml()).isNotNull();
            assertThat(citation.text()).isEqualTo("[" + target.substring("source-".length()) + "]");
        }
    }

    @Test
    void sourcesAreNumberedWithTheirGroupAndALinkToTheOriginal() {
        Document page = render(SampleStories.fullStory("s1").build());

        var sources = page.select("#sources li.source");
        assertThat(sources.eachAttr("id")).containsExactly("source-1", "source-2", "source-3", "source-4");
        Element first = sources.get(0);
        assertThat(first.selectFirst(".source-outlet").text()).isEqualTo("The Verge");
        assertThat(first.selectFirst(".source-group").text()).isEqualTo("Developers");
        assertThat(first.selectFirst(".source-title").text()).isEqualTo("What open-source AI means now");
        Element read = first.selectFirst("a.source-read");
        assertThat(read.text()).isEqualTo("Read on The Verge");
        assertThat(read.attr("href")).isEqualTo("https://www.theverge.example/osai");
        assertThat(read.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(read.attr("target")).isEqualTo("_blank");
        assertThat(sources.get(3).selectFirst(".source-group").text()).isEqualTo("Regulators");

        assertThat(page.selectFirst("#sources .source-summary").text()).isEqualTo("3 outlets · 3 viewpoints");
        assertThat(page.selectFirst("#source-coverage .coverage-outlets").text()).isEqualTo("3 outlets");
        assertThat(page.selectFirst("#source-coverage .coverage-viewpoints").text()).isEqualTo("3 viewpoints surfaced");
    }

    @Test
    void eachSourcesGroupLabelTakesItsGroupsColourOnTheBar() {
        Document page = render(SampleStories.fullStory("s1").build());

        Map<String, String> barColours = new LinkedHashMap<>();
        for (Element entry : page.select("#source-perspectives .perspective-legend li")) {
            barColours.put(entry.selectFirst(".perspective-name").text(), entry.attr("data-colour"));
        }
        assertThat(barColours.values()).containsExactly("1", "2", "3");
        for (Element label : page.select("#sources .source-group")) {
            assertThat(label.attr("data-colour")).as(label.text()).isEqualTo(barColours.get(label.text()));
        }
        assertThat(page.select("#perspectives rect.perspective-segment").eachAttr("data-colour"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void footerFormPostsAnEmailForTheTopicToTheNotifyService() {
        Element footer = render(SampleStories.fullStory("s1").build()).getElementById("subscribe");

        Element form = footer.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("https://notify.example/api/subscriptions");
        assertThat(form.selectFirst("input[name=email]").attr("type")).isEqualTo("email");
        Element topic = form.selectFirst("input[name=topic]");
        assertThat(topic.attr("type")).isEqualTo("hidden");
        assertThat(topic.attr("value")).isEqualTo("ai");
        assertThat(footer.text()).contains("Get Open-Source AI stories with full source coverage and perspective "
                + "breakdowns delivered to your inbox");
    }

    @Test
    void pageHeadLinksTheStylesheetAndTheCanonicalUrl() {
        Document page = render(SampleStories.fullStory("s1").build());

        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/prism.css");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://prism.example/ai/story");
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void headCarriesOpenGraphTagsTheTopicFeedAndTheNewsArticle() throws Exception {
        Document page = render(SampleStories.fullStory("s1").setVersion(2)
                .setPublishedAt(Instant.parse("2026-06-11T08:00:00Z"))
                .setCorrectionNote("A date was wrong.").build());

        assertThat(page.title()).isEqualTo(SampleStories.HEADLINE + " · Prism");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(SampleStories.HEADLINE);
        assertThat(meta(page, "og:description")).startsWith("A new definition splits");
        assertThat(meta(page, "og:url")).isEqualTo("https://prism.example/ai/story");
        assertThat(meta(page, "og:site_name")).isEqualTo("Prism");
        assertThat(meta(page, "article:published_time")).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2026-06-11T08:00:00Z");
        assertThat(meta(page, "article:section")).isEqualTo("Open-Source AI");
        assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/ai/feed.atom");

        Map<String, Object> article = ObjectMapper.getDefault().readValue(
                page.selectFirst("head > script[type=application/ld+json]").data(), Argument.mapOf(String.class, Object.class));
        assertThat(article)
                .containsEntry("@context", "https://schema.org")
                .containsEntry("@type", "NewsArticle")
                .containsEntry("headline", SampleStories.HEADLINE)
                .containsEntry("description", "A new definition splits developers, companies and regulators over what must be shared.")
                .containsEntry("datePublished", "2026-06-10T12:30:00Z")
                .containsEntry("dateModified", "2026-06-11T08:00:00Z")
                .containsEntry("author", Map.of("@type", "Organization", "name", "Prism Editorial Team"))
                .containsEntry("publisher", Map.of("@type", "Organization", "name", "Prism"))
                .containsEntry("mainEntityOfPage", Map.of("@type", "WebPage", "@id", "https://prism.example/ai/story"))
                .containsEntry("articleSection", "Open-Source AI")
                .containsEntry("citation", List.of("https://www.theverge.example/osai", "https://www.reuters.example/ai",
                        "https://www.reuters.example/eu", "https://www.euractiv.example/aiact"));
    }

    @Test
    void theTopicNameLinksToTheTopicIndex() {
        Document page = render(SampleStories.fullStory("s1").build());

        assertThat(page.selectFirst(".story-topic").attr("href")).isEqualTo("/ai/");
        assertThat(page.selectFirst(".masthead-topic").attr("href")).isEqualTo("/ai/");
    }

    @Test
    void editorTextCannotInjectMarkupOrScriptLinks() {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        StoryPublished story = SampleStories.fullStory("s1")
                .setHeadline(payload)
                .setDek("\" onmouseover=\"alert(3)")
                .setBody(List.of(Block.newBuilder().setType(BlockType.PARAGRAPH).setText(payload + " [1]").build(),
                        Block.newBuilder().setType(BlockType.FIGURE).setCaption(payload).setAlt("\"><script>")
                                .setImageUrl("javascript:alert(4)").build()))
                .setSources(SampleStories.fullStory("s1").getSources().stream()
                        .map(source -> source.getN() == 2
                                ? Source.newBuilder(source).setUrl("javascript:alert(5)").build()
                                : source)
                        .toList())
                .build();

        Document page = render(story);

        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("[onerror], [onmouseover]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo(payload);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("\" onmouseover=\"alert(3)");
        assertThat(page.selectFirst("#story-body p").text()).isEqualTo(payload + " [1]");
        assertThat(page.selectFirst(".story-figure-text figcaption").text()).isEqualTo(payload);
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.getElementById("source-2").selectFirst("a.source-read")).isNull();
        assertThat(page.getElementById("source-2").selectFirst(".source-outlet").text()).isEqualTo("Reuters");
    }

    @Test
    void aCorrectionShowsItsNoteAndDateAndKeepsTheFirstPublishedTime() {
        Document page = render(SampleStories.fullStory("s1").setVersion(2)
                .setPublishedAt(Instant.parse("2026-06-11T08:00:00Z"))
                .setCorrectionNote("An earlier version misstated the share of models.").build());

        Element header = page.getElementById("story-header");
        assertThat(header.selectFirst("time.story-published").attr("datetime")).isEqualTo("2026-06-10T12:30:00Z");
        assertThat(header.selectFirst(".story-dates").text())
                .isEqualTo("Published June 10, 2026, 14:30 CEST Corrected June 11, 2026, 10:00 CEST");
        assertThat(header.selectFirst(".story-corrected-label").attr("href")).isEqualTo("#correction");
        assertThat(header.selectFirst("time.story-corrected").attr("datetime")).isEqualTo("2026-06-11T08:00:00Z");
        assertThat(page.getElementById("correction").text())
                .isEqualTo("Correction June 11, 2026, 10:00 CEST An earlier version misstated the share of models.");
    }

    @Test
    void aFigureWithoutAnImageShowsItsCaptionOrAltAsTextAndOneWithNeitherNothing() {
        Document page = render(SampleStories.fullStory("s1").setBody(List.of(
                Block.newBuilder().setType(BlockType.FIGURE).setCaption("Share of open models [1]").setAlt("A chart").build(),
                Block.newBuilder().setType(BlockType.FIGURE).setCaption("").setAlt("Map of the member states").build(),
                Block.newBuilder().setType(BlockType.FIGURE).setCaption("").setAlt("").build())).build());

        Element body = page.getElementById("story-body");
        assertThat(body.select("figure").eachAttr("class")).containsExactly("story-figure story-figure-text",
                "story-figure story-figure-text");
        assertThat(body.select("figure figcaption").eachText())
                .containsExactly("Share of open models [1]", "Map of the member states");
        assertThat(body.select("img, [role=img]")).isEmpty();
    }

    @Test
    void optionalSectionsThatAreEmptyAreLeftOutAndFullRepresentationIsSaidOutLoud() {
        Document page = render(SampleStories.fullStory("s1")
                .setNotRepresented(List.of()).setAllRepresented(true)
                .setKeyFigures(List.of()).setTimeline(List.of()).setViewpoints(List.of()).setUnknowns(List.of())
                .setKeyTerms(List.of()).setFaq(List.of())
                .build());

        assertThat(page.select(SECTIONS).eachAttr("id")).containsExactly(
                "story-header", "contents", "perspectives", "not-represented", "why-it-matters", "key-points",
                "story-body", "source-perspectives", "sources", "source-coverage", "subscribe");
        assertThat(page.select("#contents a").eachAttr("href")).doesNotContain("#timeline", "#faq", "#key-figures");
        assertThat(page.getElementById("not-represented").text()).contains("Every group with a stake");
    }

    private static final String SECTIONS = "#story-header, #contents, .story-section, .story-body, body > footer";

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private Document render(StoryPublished story) {
        String html = renderer.render(views.create(story, new SeriesPosition(2), "https://prism.example/ai/story"));
        return Jsoup.parse(html);
    }
}
