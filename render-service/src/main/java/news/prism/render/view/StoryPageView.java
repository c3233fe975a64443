package news.prism.render.view;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import news.prism.events.Source;
import news.prism.render.page.SeriesPosition;
import news.prism.render.view.ReaderTime.PublishedTime;

/**
 * Everything the reader's page shows, in the order of the story anatomy, ready for the template: text that may
 * carry citation markers is already {@link TrustedHtml}, everything else is plain text that the template escapes.
 */
public record StoryPageView(
        Metadata metadata,
        Header header,
        List<PerspectiveShare> perspectives,
        NotRepresented notRepresented,
        Content whyItMatters,
        List<Content> keyPoints,
        List<KeyFigure> keyFigures,
        List<BodyBlock> body,
        List<TimelineItem> timeline,
        List<ViewpointItem> viewpoints,
        List<Content> unknowns,
        List<KeyTermItem> keyTerms,
        List<FaqItem> faq,
        List<SourceItem> sources,
        SourceCoverage coverage,
        Subscription subscription,
        List<ContentsPart> contents) {

    /**
     * What the head tells machines: Open Graph tags for link previews, the topic's feed, and the schema.org
     * NewsArticle as JSON-LD ({@code structuredData}, already escaped for its script element).
     */
    public record Metadata(
            String siteName,
            String firstPublishedIso,
            String modifiedIso,
            String feedPath,
            Content structuredData) {
    }

    public record Header(
            String format,
            String topicSlug,
            String topicName,
            String topicPath,
            String headline,
            String dek,
            String byline,
            PublishedTime published,
            @Nullable PublishedTime corrected,
            int readingMinutes,
            SeriesPosition series,
            @Nullable String correctionNote,
            String canonicalUrl,
            String stylesheetPath) {

        public String readingTimeLabel() {
            return readingMinutes + " min read";
        }

        public String seriesLabel() {
            return series.label(topicName);
        }
    }

    /**
     * {@code offset} is where the group's segment starts on the bar: the sum of the shares before it. {@code colour}
     * numbers the group's colour in the stylesheet, the same on the bar, the cards and the sources' labels.
     */
    public record PerspectiveShare(String key, String name, int share, int offset, int colour, Content summary) {

        public String shareLabel() {
            return share + "%";
        }
    }

    public record NotRepresented(List<String> groups, boolean allRepresented) {
    }

    public record KeyFigure(String value, Content label) {
    }

    public sealed interface BodyBlock permits Paragraph, Heading, Quote, Figure, ItemList {
    }

    public record Paragraph(Content text) implements BodyBlock {
    }

    public record Heading(Content text) implements BodyBlock {
    }

    public record Quote(Content text, @Nullable Content attribution) implements BodyBlock {
    }

    /**
     * {@code imageUrl} is null when the figure has none, or none that is a web URL; such a figure shows its caption
     * as a text panel, or its alt text when it has no caption.
     */
    public record Figure(Content caption, String alt, @Nullable String imageUrl) implements BodyBlock {

        public boolean hasImage() {
            return imageUrl != null;
        }

        /** What a figure without an image shows, or nothing. */
        public boolean hasText() {
            return !caption.isEmptyContent() || !alt.isBlank();
        }
    }

    public record ItemList(List<Content> items) implements BodyBlock {
    }

    /** {@code date} is the ISO date when the editor gave one. */
    public record TimelineItem(String when, @Nullable String date, Content text) {
    }

    public record ViewpointItem(String perspectiveKey, String perspectiveName, String tagline, Content text) {
    }

    public record KeyTermItem(String term, Content definition) {
    }

    public record FaqItem(String question, Content answer) {
    }

    /**
     * {@code url} is null when the source's URL is not a web URL, so that it is never made a link. {@code colour} is
     * the colour of its group on the perspective bar, 0 when the group is not on the bar.
     */
    public record SourceItem(int n, String outlet, String group, int colour, String title, @Nullable String url) {

        public String anchor() {
            return "source-" + n;
        }

        public String readLabel() {
            return "Read on " + outlet;
        }
    }

    /** How many distinct outlets (by name, ignoring case) and perspectives the sources come from. */
    public record SourceCoverage(int outlets, int viewpoints) {

        public static SourceCoverage of(List<Source> sources) {
            var outlets = new HashSet<String>();
            var perspectives = new HashSet<String>();
            for (Source source : sources) {
                outlets.add(source.getOutlet().strip().toLowerCase(Locale.ROOT));
                perspectives.add(source.getPerspective());
            }
            return new SourceCoverage(outlets.size(), perspectives.size());
        }

        public String outletsLabel() {
            return outlets + (outlets == 1 ? " outlet" : " outlets");
        }

        public String viewpointsLabel() {
            return viewpoints + (viewpoints == 1 ? " viewpoint surfaced" : " viewpoints surfaced");
        }

        /** The line above the source list: "5 outlets · 3 viewpoints". */
        public String summary() {
            return outletsLabel() + " · " + viewpoints + (viewpoints == 1 ? " viewpoint" : " viewpoints");
        }
    }

    /** A part of the story anatomy in the table of contents, with the sections the page shows of it. */
    public record ContentsPart(String title, List<ContentsEntry> entries) {
    }

    /** A link of the table of contents to a section, by its id. */
    public record ContentsEntry(String anchor, String title) {

        public String href() {
            return "#" + anchor;
        }
    }
}
