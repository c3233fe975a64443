package news.prism.ingest.source;

import jakarta.inject.Singleton;
import news.prism.events.SourceIngested;

/** The events that tell other services about sources. */
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
                .setIngestedAt(source.ingestedAt())
                .setWordCount(source.wordCount())
                .build();
    }
}
