package news.prism.ingest.intake;

import jakarta.inject.Singleton;
import news.prism.eventing.outbox.Outbox;
import news.prism.events.SourceIngested;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.source.Source;
import news.prism.ingest.source.SourceContent;

/**
 * The events that tell other services about sources. A new version of a source is announced like the first, with
 * the same source id, so that a consumer keeping a copy per source id replaces it. A near duplicate carries the id of
 * the earlier source it repeats.
 */
@Singleton
public class SourceEvents {

    private final IngestTopics topics;

    public SourceEvents(IngestTopics topics) {
        this.topics = topics;
    }

    /** The SourceIngested event of {@code version}, the current version of its source, for the outbox. */
    public Outbox.Entry announcement(Source version) {
        return new Outbox.Entry(topics.sources(), version.id().toString(), ingested(version), null);
    }

    public SourceIngested ingested(Source source) {
        SourceContent content = source.content();
        return SourceIngested.newBuilder()
                .setSourceId(source.id().toString())
                .setOutlet(content.outlet())
                .setUrl(content.canonicalUrl())
                .setTitle(content.title())
                .setBody(content.body())
                .setPublishedAt(content.publishedAt())
                .setLanguage(content.language())
                .setContentHash(content.contentHash())
                .setIngestedAt(source.versionIngestedAt())
                .setWordCount(content.wordCount())
                .setNearDuplicateOf(source.nearDuplicateOf() == null ? null : source.nearDuplicateOf().toString())
                .build();
    }
}
