package news.prism.story.source;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceIngested;

/** Keeps the local copy of every source ingest-service announces, so editors can cite it by its id. */
@Singleton
public class SourceIngestedHandler implements EventHandler<SourceIngested> {

    private final String topic;
    private final SourceCopies copies;
    private final SourceSettings settings;

    public SourceIngestedHandler(@Value("${prism.topics.sources}") String topic, SourceCopies copies,
                                 SourceSettings settings) {
        this.topic = topic;
        this.copies = copies;
        this.settings = settings;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Class<SourceIngested> eventType() {
        return SourceIngested.class;
    }

    @Override
    public void handle(SourceIngested event, EventEnvelope envelope) {
        copies.upsert(new SourceCopy(event.getSourceId(), event.getOutlet(), event.getUrl(), event.getTitle(),
                event.getPublishedAt(), event.getLanguage(), event.getIngestedAt(),
                Excerpts.of(event.getBody(), settings.excerptLength())));
    }
}
