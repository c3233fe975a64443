package news.prism.render.topic;

import jakarta.inject.Singleton;
import java.util.List;
import news.prism.render.RenderSettings;
import news.prism.render.asset.StylesheetController;
import news.prism.render.view.ReaderTime;
import news.prism.render.view.Subscription;
import news.prism.render.view.Templates;

/** Renders {@code topic/index.jte}. */
@Singleton
public class TopicIndexRenderer {

    static final String VIEW = "topic/index";
    private static final int TYPICAL_INDEX_SIZE = 16 * 1024;

    private final Templates templates;
    private final RenderSettings settings;
    private final ReaderTime readerTime;

    public TopicIndexRenderer(Templates templates, RenderSettings settings) {
        templates.require(VIEW);
        this.templates = templates;
        this.settings = settings;
        this.readerTime = new ReaderTime(settings.zone());
    }

    public String render(TopicSummary topic, List<ListedPage> pages) {
        var address = new TopicAddress(topic.slug());
        var view = new TopicIndexView(
                settings.siteName(),
                topic.name(),
                settings.absoluteUrl(address.indexPath()),
                address.feedPath(),
                StylesheetController.PATH,
                pages.stream()
                        .map(page -> new TopicIndexView.Entry(page.headline(), page.summary(), page.address().path(),
                                readerTime.of(page.firstPublishedAt()), page.byline(), page.correction()))
                        .toList(),
                new Subscription(settings.subscriptionsUrl(), topic.slug(), topic.name()));
        return templates.render(VIEW, "index", view, TYPICAL_INDEX_SIZE);
    }
}
