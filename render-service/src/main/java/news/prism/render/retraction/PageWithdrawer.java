package news.prism.render.retraction;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.outbox.Outbox;
import news.prism.events.PageWithdrawn;
import news.prism.events.StoryRetracted;
import news.prism.render.RenderTopics;
import news.prism.render.RenderSettings;
import news.prism.render.page.PageAddress;
import news.prism.render.page.PageChanged;
import news.prism.render.page.PageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a retracted story's pages down and tells downstream consumers with PageWithdrawn, in the caller's
 * transaction. A story is withdrawn once, however often its retraction arrives.
 */
@Singleton
public class PageWithdrawer {

    private static final Logger LOG = LoggerFactory.getLogger(PageWithdrawer.class);

    private final PageStore pages;
    private final RetractionStore retractions;
    private final Outbox outbox;
    private final RenderTopics topics;
    private final RenderSettings settings;
    private final ApplicationEventPublisher<PageChanged> changes;
    private final Clock clock;

    public PageWithdrawer(PageStore pages, RetractionStore retractions, Outbox outbox, RenderTopics topics,
                          RenderSettings settings, ApplicationEventPublisher<PageChanged> changes, Clock clock) {
        this.pages = pages;
        this.retractions = retractions;
        this.outbox = outbox;
        this.topics = topics;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(StoryRetracted retraction, EventEnvelope cause) {
        String storyId = retraction.getStoryId();
        Optional<PageAddress> address = pages.newestAddress(storyId);
        if (address.isEmpty()) {
            LOG.warn("Story {} was retracted but has no page here; event {} ignored", storyId, cause.id());
            return;
        }
        if (!retractions.recordIfAbsent(retraction)) {
            LOG.info("Story {} was retracted before; event {} changes nothing", storyId, cause.id());
            return;
        }
        String url = settings.pageUrl(address.get());
        outbox.add(topics.pages(), storyId, PageWithdrawn.newBuilder()
                .setStoryId(storyId)
                .setTopicSlug(address.get().topicSlug())
                .setSlug(address.get().slug())
                .setUrl(url)
                .setWithdrawnAt(clock.instant())
                .build(), cause);
        changes.publishEvent(new PageChanged(storyId, address.get()));
        LOG.info("Withdrew page {} of story {}: {}", url, storyId, retraction.getReason());
    }
}
