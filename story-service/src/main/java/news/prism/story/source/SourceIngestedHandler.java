package news.prism.story.source;

import jakarta.inject.Singleton;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceIngested;
import news.prism.story.StoryTopics;
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
        SourceCopy copy = new SourceCopy(event.getSourceId(), event.getOutlet(), event.getUrl(), event.getTitle(),
                event.getPublishedAt(), event.getLanguage(), event.getIngestedAt(),
                Excerpts.of(event.getBody(), settings.excerptLength()));
        if (!copies.upsert(copy)) {
            return;
        }
        String original = event.getNearDuplicateOf();
        if (original != null && !original.equals(copy.sourceId())
                && candidates.placeCopy(copy.sourceId(), original)) {
            return;
        }
        candidates.place(new SourceText(copy.sourceId(), copy.title(), copy.excerpt(),
                copy.publishedAt() != null ? copy.publishedAt() : copy.ingestedAt()));
    }
}
