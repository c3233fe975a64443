package news.prism.render.view;

import gg.jte.Content;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.prism.events.Block;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.render.Corrections;
import news.prism.render.RenderSettings;
import news.prism.render.asset.StylesheetController;
import news.prism.render.page.SeriesPosition;
import news.prism.render.topic.TopicAddress;
import news.prism.render.view.StoryPageView.BodyBlock;
import news.prism.render.view.StoryPageView.FaqItem;
import news.prism.render.view.StoryPageView.Figure;
import news.prism.render.view.StoryPageView.Header;
import news.prism.render.view.StoryPageView.Heading;
import news.prism.render.view.StoryPageView.ItemList;
import news.prism.render.view.StoryPageView.Metadata;
import news.prism.render.view.StoryPageView.KeyFigure;
import news.prism.render.view.StoryPageView.KeyTermItem;
import news.prism.render.view.StoryPageView.NotRepresented;
import news.prism.render.view.StoryPageView.Paragraph;
import news.prism.render.view.StoryPageView.PerspectiveShare;
import news.prism.render.view.StoryPageView.Quote;
import news.prism.render.view.StoryPageView.SourceCoverage;
import news.prism.render.view.StoryPageView.SourceItem;
import news.prism.render.view.StoryPageView.TimelineItem;
import news.prism.render.view.StoryPageView.ViewpointItem;

/** Turns an approved story version into what its page shows. */
@Singleton
public class StoryPageViewFactory {

    /** How many group colours prism.css defines ({@code --group-1} to {@code --group-6}). */
    static final int PALETTE = 6;
    /** A source whose group is not on the bar: drawn in the muted colour. */
    static final int NO_COLOUR = 0;

    private final RenderSettings settings;
    private final ReaderTime readerTime;

    public StoryPageViewFactory(RenderSettings settings) {
        this.settings = settings;
        this.readerTime = new ReaderTime(settings.zone());
    }

    public StoryPageView create(StoryPublished story, SeriesPosition series, String canonicalUrl) {
        var linker = new CitationLinker(story.getSources().stream().map(Source::getN).toList());
        Function<String, TrustedHtml> linked = text -> new TrustedHtml(linker.toHtml(text));
        Map<String, String> groupNames = story.getPerspectives().stream()
                .collect(Collectors.toMap(Perspective::getKey, Perspective::getName, (first, second) -> first));
        Function<String, String> groupName = key -> groupNames.getOrDefault(key, key);
        Map<String, Integer> colours = colours(story.getPerspectives());

        return new StoryPageView(
                metadata(story, canonicalUrl),
                header(story, series, canonicalUrl),
                perspectives(story.getPerspectives(), colours, linked),
                new NotRepresented(List.copyOf(story.getNotRepresented()), story.getAllRepresented()),
                linked.apply(story.getWhyItMatters()),
                story.getKeyPoints().stream().<Content>map(linked).toList(),
                story.getKeyFigures().stream().map(figure -> new KeyFigure(figure.getValue(), linked.apply(figure.getLabel())))
                        .toList(),
                story.getBody().stream().map(block -> block(block, linked)).toList(),
                story.getTimeline().stream()
                        .map(entry -> new TimelineItem(entry.getWhen(), entry.getDate(), linked.apply(entry.getText())))
                        .toList(),
                story.getViewpoints().stream()
                        .map(viewpoint -> new ViewpointItem(viewpoint.getPerspective(), groupName.apply(viewpoint.getPerspective()),
                                viewpoint.getTagline(), linked.apply(viewpoint.getText())))
                        .toList(),
                story.getUnknowns().stream().<Content>map(linked).toList(),
                story.getKeyTerms().stream().map(term -> new KeyTermItem(term.getTerm(), linked.apply(term.getDefinition())))
                        .toList(),
                story.getFaq().stream().map(entry -> new FaqItem(entry.getQuestion(), linked.apply(entry.getAnswer()))).toList(),
                story.getSources().stream()
                        .map(source -> new SourceItem(source.getN(), source.getOutlet(), groupName.apply(source.getPerspective()),
                                colours.getOrDefault(source.getPerspective(), NO_COLOUR), source.getTitle(),
                                WebLinks.isWebUrl(source.getUrl()) ? source.getUrl().strip() : null))
                        .toList(),
                SourceCoverage.of(story.getSources()),
                new Subscription(settings.subscriptionsUrl(), story.getTopic().getSlug(), story.getTopic().getName()),
                TableOfContents.of(story));
    }

    private Metadata metadata(StoryPublished story, String canonicalUrl) {
        return new Metadata(
                settings.siteName(),
                ReaderTime.iso(story.getFirstPublishedAt()),
                ReaderTime.iso(story.getPublishedAt()),
                new TopicAddress(story.getTopic().getSlug()).feedPath(),
                NewsArticleJsonLd.of(story, canonicalUrl, settings.siteName()));
    }

    private Header header(StoryPublished story, SeriesPosition series, String canonicalUrl) {
        return new Header(
                story.getFormat(),
                story.getTopic().getSlug(),
                story.getTopic().getName(),
                new TopicAddress(story.getTopic().getSlug()).indexPath(),
                story.getHeadline(),
                story.getDek(),
                story.getByline(),
                readerTime.of(story.getFirstPublishedAt()),
                story.getPublishedAt().isAfter(story.getFirstPublishedAt()) && Corrections.isCorrection(story)
                        ? readerTime.of(story.getPublishedAt())
                        : null,
                Math.max(1, story.getReadingTimeMinutes()),
                series,
                Corrections.isCorrection(story) ? story.getCorrectionNote() : null,
                canonicalUrl,
                StylesheetController.PATH);
    }

    /** Each group's colour in the stylesheet, by its place on the bar; the palette repeats after its last. */
    private static Map<String, Integer> colours(List<Perspective> perspectives) {
        Map<String, Integer> colours = new HashMap<>();
        for (int i = 0; i < perspectives.size(); i++) {
            colours.putIfAbsent(perspectives.get(i).getKey(), i % PALETTE + 1);
        }
        return colours;
    }

    private static List<PerspectiveShare> perspectives(List<Perspective> perspectives, Map<String, Integer> colours,
                                                       Function<String, TrustedHtml> linked) {
        List<PerspectiveShare> shares = new ArrayList<>(perspectives.size());
        int offset = 0;
        for (Perspective perspective : perspectives) {
            shares.add(new PerspectiveShare(perspective.getKey(), perspective.getName(), perspective.getShare(), offset,
                    colours.get(perspective.getKey()), linked.apply(perspective.getSummary())));
            offset += perspective.getShare();
        }
        return List.copyOf(shares);
    }

    private static BodyBlock block(Block block, Function<String, TrustedHtml> linked) {
        return switch (block.getType()) {
            case PARAGRAPH -> new Paragraph(linked.apply(block.getText()));
            case HEADING -> new Heading(linked.apply(block.getText()));
            case QUOTE -> new Quote(linked.apply(block.getText()),
                    block.getAttribution() == null ? null : linked.apply(block.getAttribution()));
            case FIGURE -> new Figure(linked.apply(block.getCaption()), block.getAlt() == null ? "" : block.getAlt(),
                    WebLinks.isWebUrl(block.getImageUrl()) ? block.getImageUrl().strip() : null);
            case LIST -> new ItemList(block.getItems().stream().<Content>map(linked).toList());
        };
    }
}
