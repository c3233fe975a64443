package news.prism.ingest.source;

import jakarta.inject.Singleton;
import news.prism.events.SourceIngested;

/**
 * The events that tell other services about sources. A new version of a source is announced like the first, with
 * the same source id, so that a consumer keeping a copy per source id replaces it. A near duplicate carries the id of
 * the earlier source it repeats.
 */
@Singleton
public class SourceEvents {

    public SourceIngested ingested(Source source) {
        return SourceIngested.newBuilder()
                .setSourceId(source.id().toString())
                .setOutlet(source.outlet())
                .setUrl(source.canonicalUrl())
                .setTitle(source.title())
                .setBody(source.body())
                .setPublishedAt(source.publishedAt())
                .setLanguage(source.language())
                .setContentHash(source.contentHash())
                .setIngestedAt(source.versionIngestedAt())
                .setWordCount(source.wordCount())
                .setNearDuplicateOf(source.nearDuplicateOf() == null ? null : source.nearDuplicateOf().toString())
                .build();
    }
}
