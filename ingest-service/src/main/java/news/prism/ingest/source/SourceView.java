package news.prism.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.ingest.dedup.MatchedBy;

/**
 * A source as the API shows it, in its current version. {@code url} is the canonical URL, {@code submittedUrl} the
 * URL as it was sent, {@code body} the plain text kept of the body sent in {@code bodyFormat} (text, markdown or
 * html). {@code version} counts the versions taken in under the source's guid; {@code updatedAt} is when the current
 * one was, if it is not the first. For a duplicate, {@code id} and {@code duplicateOf} name the source already taken
 * in, and the other fields are that source's. A source taken in as a near duplicate names the earlier source in
 * {@code nearDuplicateOf}, with the estimated Jaccard {@code similarity} of their texts.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        UUID id,
        SourceStatus status,
        @Nullable UUID duplicateOf,
        @Nullable String matchedBy,
        @Nullable UUID nearDuplicateOf,
        @Nullable Double similarity,
        String outlet,
        String url,
        String submittedUrl,
        String title,
        String body,
        String bodyFormat,
        @Nullable Instant publishedAt,
        @Nullable String language,
        int wordCount,
        String contentHash,
        @Nullable String byline,
        @Nullable List<String> subjects,
        int version,
        @Nullable Instant versionCreated,
        String submittedBy,
        Instant ingestedAt,
        @Nullable Instant updatedAt) {

    public static SourceView ingested(Source source) {
        return of(source, SourceStatus.INGESTED, null, null);
    }

    public static SourceView updated(Source source) {
        return of(source, SourceStatus.UPDATED, null, null);
    }

    public static SourceView duplicate(Source original, MatchedBy matchedBy) {
        return of(original, SourceStatus.DUPLICATE, original.id(), matchedBy.label());
    }

    private static SourceView of(Source source, SourceStatus status, @Nullable UUID duplicateOf,
                                 @Nullable String matchedBy) {
        SourceContent content = source.content();
        return new SourceView(source.id(), status, duplicateOf, matchedBy, source.nearDuplicateOf(),
                source.nearDuplicateSimilarity(), content.outlet(), content.canonicalUrl(), content.submittedUrl(),
                content.title(), content.body(), content.bodyFormat().label(), content.publishedAt(),
                content.language(), content.wordCount(), content.contentHash(), content.byline(),
                content.subjects().isEmpty() ? null : content.subjects(), source.version(), source.versionCreated(),
                source.submittedBy(), source.ingestedAt(), source.updatedAt());
    }
}
