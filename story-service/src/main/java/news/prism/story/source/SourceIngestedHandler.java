package news.prism.story.source;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.prism.eventing.consumer.Delivery;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceIngested;
import news.prism.story.StoryTopics;
import news.prism.story.cluster.Arrival;
import news.prism.story.cluster.CandidateClusters;
import news.prism.story.cluster.SourceText;

/**
 * Keeps the local copy of every source ingest-service announces, so editors can cite it by its id, and puts a
 * source seen for the first time among the story candidates (a source ingested again keeps its place): a
 * near-duplicate copy of a known source with its original's report, any other as a report of its own.
 */
@Singleton
public class SourceIngestedHandler extends TopicHandler<SourceIngested> {

    private final SourceCopies copies;
    private final SourceSettings settings;
    private final CandidateClusters candidates;

    public SourceIngestedHandler(StoryTopics topics, SourceCopies copies,
                                 SourceSettings settings, CandidateClusters candidates) {
        super(topics.sources(), SourceIngested.class);
        this.copies = copies;
        this.settings = settings;
        this.candidates = candidates;
    }

    @Override
    public void handle(SourceIngested event, EventEnvelope envelope) {
        handleAll(List.of(new Delivery<>(event, envelope)));
    }

    /** The copies in one statement, then the new sources placed as one batch. */
    @Override
    public void handleAll(List<Delivery<SourceIngested>> deliveries) {
        List<SourceIngested> events = deliveries.stream().map(Delivery::event).toList();
        List<SourceCopy> copies = events.stream().map(this::copyOf).toList();
        Set<String> fresh = new HashSet<>(this.copies.upsertAll(copies));
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SourceCopy copy = copies.get(i);
            // A source that comes twice in one poll is new the first time only.
            if (fresh.remove(copy.sourceId())) {
                arrivals.add(new Arrival(new SourceText(copy.sourceId(), copy.title(), copy.excerpt(),
                        copy.publishedAt() != null ? copy.publishedAt() : copy.ingestedAt()),
                        events.get(i).getNearDuplicateOf()));
            }
        }
        candidates.placeAll(arrivals);
    }

    private SourceCopy copyOf(SourceIngested event) {
        return new SourceCopy(event.getSourceId(), event.getOutlet(), event.getUrl(), event.getTitle(),
                event.getPublishedAt(), event.getLanguage(), event.getIngestedAt(),
                Excerpts.of(event.getBody(), settings.excerptLength()));
    }
}
