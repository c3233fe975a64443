package news.prism.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.views.ViewsConfigurationProperties;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfigurationProperties;
import java.time.Instant;
import java.time.LocalDate;
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

        assertThat(page.select("article.story > *, body > footer").eachAttr("id")).containsExactly(
                "story-header", "perspectives", "not-represented", "why-it-matters", "key-points", "key-figures",
                "story-body", "timeline", "viewpoints", "unknowns", "key-terms", "faq", "source-perspectives",
                "sources", "source-coverage", "subscribe");
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
        assertThat(header.selectFirst(".story-reading-time").text()).isEqualTo("4 min read");
        assertThat(header.selectFirst(".story-series").text()).isEqualTo("#2 of 3 in ai");
        assertThat(header.getElementById("correction")).isNull();
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

        assertThat(page.selectFirst("#source-coverage .coverage-outlets").text()).isEqualTo("3 outlets");
        assertThat(page.selectFirst("#source-coverage .coverage-viewpoints").text()).isEqualTo("3 viewpoints surfaced");
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
        assertThat(page.selectFirst(".story-figure-placeholder").attr("aria-label")).isEqualTo("\"><script>");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.getElementById("source-2").selectFirst("a.source-read")).isNull();
        assertThat(page.getElementById("source-2").selectFirst(".source-outlet").text()).isEqualTo("Reuters");
    }

    @Test
    void aCorrectionShowsItsNote() {
        Document page = render(SampleStories.fullStory("s1").setVersion(2)
                .setCorrectionNote("An earlier version misstated the share of models.").build());

        assertThat(page.getElementById("correction").text())
                .isEqualTo("Correction: An earlier version misstated the share of models.");
    }

    @Test
    void optionalSectionsThatAreEmptyAreLeftOutAndFullRepresentationIsSaidOutLoud() {
        Document page = render(SampleStories.fullStory("s1")
                .setNotRepresented(List.of()).setAllRepresented(true)
                .setKeyFigures(List.of()).setTimeline(List.of()).setViewpoints(List.of()).setUnknowns(List.of())
                .setKeyTerms(List.of()).setFaq(List.of())
                .build());

        assertThat(page.select("article.story > *, body > footer").eachAttr("id")).containsExactly(
                "story-header", "perspectives", "not-represented", "why-it-matters", "key-points", "story-body",
                "source-perspectives", "sources", "source-coverage", "subscribe");
        assertThat(page.getElementById("not-represented").text()).contains("Every group with a stake");
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private Document render(StoryPublished story) {
        String html = renderer.render(views.create(story, new SeriesPosition(2, 3, "ai"), "https://prism.example/ai/story"));
        return Jsoup.parse(html);
    }
}
