package news.prism.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.prism.events.PagePublished;
import news.prism.events.PageWithdrawn;
import news.prism.events.PerspectiveShare;
import news.prism.testkit.EventSender;
import org.apache.avro.specific.SpecificRecord;

/** Plays render-service: writes page events to the pages topic the way the outbox relay does. */
final class PageEvents implements AutoCloseable {

    private final String topic;
    private final EventSender sender;

    PageEvents(String bootstrapServers, String topic) {
        this.topic = topic;
        this.sender = new EventSender(bootstrapServers, "/prism/render-service");
    }

    static PagePublished page(String storyId, int version, String topicSlug, String headline) {
        return PagePublished.newBuilder()
                .setStoryId(storyId)
                .setVersion(version)
                .setTopicSlug(topicSlug)
                .setTopicName(topicSlug.toUpperCase() + " explained")
                .setSlug(storyId + "-slug")
                .setUrl("https://prism.example/" + topicSlug + "/" + storyId + "-slug")
                .setHeadline(headline)
                .setSummary("What " + headline + " means, from every side.")
                .setCorrection(version > 1)
                .setPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setOutlets(12)
                .setViewpoints(3)
                .setPerspectives(List.of(
                        new PerspectiveShare("Regulators", 45),
                        new PerspectiveShare("Industry", 35),
                        new PerspectiveShare("Researchers", 20)))
                .build();
    }

    /** A correction of the page as render-service publishes it once an editor approved it. */
    static PagePublished correction(PagePublished page, int version, String headline, String note,
                                    boolean notifySubscribers) {
        return PagePublished.newBuilder(page)
                .setVersion(version)
                .setHeadline(headline)
                .setCorrection(true)
                .setCorrectionNote(note)
                .setNotifySubscribers(notifySubscribers)
                .setFirstPublishedAt(page.getPublishedAt())
                .setPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    static PageWithdrawn withdrawn(PagePublished page) {
        return PageWithdrawn.newBuilder()
                .setStoryId(page.getStoryId())
                .setTopicSlug(page.getTopicSlug())
                .setSlug(page.getSlug())
                .setUrl(page.getUrl())
                .setWithdrawnAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** Sends the event under a new event id; returns that id. */
    String send(String storyId, SpecificRecord event) {
        return sender.send(topic, storyId, event);
    }

    /** Sends the event under the given event id: the same id again is a redelivery. */
    void send(String eventId, String storyId, SpecificRecord event) {
        sender.send(topic, storyId, eventId, event);
    }

    @Override
    public void close() {
        sender.close();
    }
}
