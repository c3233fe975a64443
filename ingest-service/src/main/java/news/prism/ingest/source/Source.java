package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A source the service took in, as stored in {@code sources}. {@code canonicalUrl} is the URL events carry. */
@MappedEntity("sources")
public record Source(
        @Id UUID id,
        String outlet,
        String submittedUrl,
        String canonicalUrl,
        String title,
        String body,
        @Nullable Instant publishedAt,
        @Nullable String language,
        int wordCount,
        String contentHash,
        Channel channel,
        String submittedBy,
        Instant ingestedAt) {
}
