package news.prism.render.page;

import jakarta.inject.Singleton;
import news.prism.render.RenderSettings;
import news.prism.render.asset.StylesheetController;
import news.prism.render.topic.TopicAddress;
import news.prism.render.topic.TopicPages;
import news.prism.render.view.Templates;

/** Renders {@code story/missing.jte}: the 404 page a browser gets at an address with no page. */
@Singleton
public class MissingPageRenderer {

    static final String VIEW = "story/missing";
    private static final int TYPICAL_PAGE_SIZE = 2 * 1024;

    private final Templates templates;
    private final RenderSettings settings;
    private final TopicPages topics;

    public MissingPageRenderer(Templates templates, RenderSettings settings, TopicPages topics) {
        templates.require(VIEW);
        this.templates = templates;
        this.settings = settings;
        this.topics = topics;
    }

    /** Reads the database for the topic: call it where blocking is allowed. */
    public String render(PageAddress address) {
        var topic = topics.topic(address.topicSlug());
        var page = new MissingPage(settings.siteName(), address.path(),
                topic.map(summary -> summary.name()).orElse(null),
                topic.map(summary -> new TopicAddress(summary.slug()).indexPath()).orElse(null),
                StylesheetController.PATH);
        return templates.render(VIEW, "page", page, TYPICAL_PAGE_SIZE);
    }
}
