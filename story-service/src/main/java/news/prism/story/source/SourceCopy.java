package news.prism.story.source;

import java.time.Instant;

/** What the story service keeps of a source that ingest-service took in. */
public record SourceCopy(
        String sourceId,
        String outlet,
        String url,
        String title,
        Instant publishedAt,
        String language,
        Instant ingestedAt,
        String excerpt) {
}
