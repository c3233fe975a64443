package news.prism.render.publish;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.outbox.Outbox;
import news.prism.events.StoryPublished;
import news.prism.render.Corrections;
import news.prism.render.RenderTopics;
import news.prism.render.RenderSettings;
import news.prism.render.ninjs.NinjsDocuments;
import news.prism.render.page.NewPage;
import news.prism.render.page.PageAddress;
import news.prism.render.page.PageChanged;
import news.prism.render.page.PageStore;
import news.prism.render.page.PriorPages;
import news.prism.render.view.StoryPageRenderer;
import news.prism.render.view.StoryPageView;
import news.prism.render.view.StoryPageViewFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an approved story version into its page and its ninjs item, stores both, and announces the page with
 * PagePublished, all in the caller's transaction. Each story version gets one page and one announcement, however often it arrives, and a
 * retracted story gets none.
 */
@Singleton
public class PagePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);

    private final PageStore pages;
    private final StoryPageViewFactory views;
    private final StoryPageRenderer renderer;
    private final NinjsDocuments ninjs;
    private final Outbox outbox;
    private final RenderTopics topics;
    private final RenderSettings settings;
    private final ApplicationEventPublisher<PageChanged> changes;

    public PagePublisher(PageStore pages, StoryPageViewFactory views,
                         StoryPageRenderer renderer, NinjsDocuments ninjs, Outbox outbox, RenderTopics topics, RenderSettings settings,
                         ApplicationEventPublisher<PageChanged> changes) {
        this.pages = pages;
        this.views = views;
        this.renderer = renderer;
        this.ninjs = ninjs;
        this.outbox = outbox;
        this.topics = topics;
        this.settings = settings;
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(StoryPublished story, EventEnvelope cause) {
        String storyId = story.getStoryId();
        int version = story.getVersion();
        var address = new PageAddress(story.getTopic().getSlug(), story.getSlug());
        PriorPages prior = pages.prior(storyId, version, address.topicSlug());
        if (prior.rendered()) {
            LOG.info("Story {} version {} already has its page; event {} changes nothing", storyId, version, cause.id());
            return;
        }
        if (prior.retracted()) {
            // Only a re-driven event can get here: the retraction came after every version on the story's key.
            LOG.warn("Story {} was retracted; version {} (event {}) is not rendered", storyId, version, cause.id());
            return;
        }
        Optional<Integer> newestBefore = prior.newestVersion();
        String url = settings.pageUrl(address);
        StoryPageView view = views.create(story, prior.series(), url);
        String html = renderer.render(view);

        boolean stored = pages.insertIfAbsent(new NewPage(storyId, version, address, story.getTopic().getName(),
                story.getHeadline(), story.getDek(), story.getByline(), Corrections.isCorrection(story),
                story.getPublishedAt(), story.getFirstPublishedAt(), html, ninjs.write(story, view)));
        if (!stored) {
            return;
        }
        if (newestBefore.isPresent() && newestBefore.get() > version) {
            // A re-driven old version: kept for the record, but readers keep the newer page and are not told.
            LOG.warn("Story {} version {} arrived after version {}; stored, not announced", storyId, version,
                    newestBefore.get());
            return;
        }
        outbox.add(topics.pages(), storyId, PagePublishedEvents.of(story, url), cause);
        changes.publishEvent(new PageChanged(storyId, address));
        LOG.info("Published page {} for story {} version {}", url, storyId, version);
    }
}
