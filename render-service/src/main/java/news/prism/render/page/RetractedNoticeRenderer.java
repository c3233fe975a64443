package news.prism.render.page;

import jakarta.inject.Singleton;
import news.prism.render.RenderSettings;
import news.prism.render.asset.StylesheetController;
import news.prism.render.topic.TopicAddress;
import news.prism.render.view.ReaderTime;
import news.prism.render.view.Templates;

/** Renders {@code story/retracted.jte}: what readers see at a retracted story's address. */
@Singleton
public class RetractedNoticeRenderer {

    static final String VIEW = "story/retracted";
    private static final int TYPICAL_NOTICE_SIZE = 2 * 1024;

    private final Templates templates;
    private final RenderSettings settings;
    private final ReaderTime readerTime;

    public RetractedNoticeRenderer(Templates templates, RenderSettings settings) {
        templates.require(VIEW);
        this.templates = templates;
        this.settings = settings;
        this.readerTime = new ReaderTime(settings.zone());
    }

    public String render(LatestPage page, Retraction retraction) {
        var notice = new RetractedNotice(settings.siteName(), page.topicName(),
                new TopicAddress(page.address().topicSlug()).indexPath(), retraction.reason(),
                readerTime.of(retraction.retractedAt()), StylesheetController.PATH);
        return templates.render(VIEW, "notice", notice, TYPICAL_NOTICE_SIZE);
    }
}
