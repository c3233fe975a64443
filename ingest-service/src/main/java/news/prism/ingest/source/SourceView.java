package news.prism.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import news.prism.ingest.dedup.MatchedBy;

/**
 * A source as the API shows it. {@code url} is the canonical URL, {@code submittedUrl} the URL as it was sent.
 * For a duplicate, {@code id} and {@code duplicateOf} name the source already taken in, and the other fields are
 * that source's.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        UUID id,
        SourceStatus status,
        @Nullable UUID duplicateOf,
        @Nullable String matchedBy,
        String outlet,
        String url,
        String submittedUrl,
        String title,
        String body,
        @Nullable Instant publishedAt,
        @Nullable String language,
        int wordCount,
        String contentHash,
        String submittedBy,
        Instant ingestedAt) {

    public static SourceView ingested(Source source) {
        return of(source, SourceStatus.INGESTED, null, null);
    }

    public static SourceView duplicate(Source original, MatchedBy matchedBy) {
        return of(original, SourceStatus.DUPLICATE, original.id(), matchedBy.label());
    }

    private static SourceView of(Source source, SourceStatus status, @Nullable UUID duplicateOf,
                                 @Nullable String matchedBy) {
        return new SourceView(source.id(), status, duplicateOf, matchedBy, source.outlet(), source.canonicalUrl(),
                source.submittedUrl(), source.title(), source.body(), source.publishedAt(), source.language(),
                source.wordCount(), source.contentHash(), source.submittedBy(), source.ingestedAt());
    }
}
