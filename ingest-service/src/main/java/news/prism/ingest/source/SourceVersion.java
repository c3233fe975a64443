package news.prism.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One version of a source as it was taken in ({@code GET /api/sources/{id}/versions}); {@code url} is canonical,
 * {@code versionCreated} the publisher's time for it, {@code ingestedAt} when this service took it in.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceVersion(
        int version,
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
        List<String> subjects,
        @Nullable Instant versionCreated,
        String submittedBy,
        Instant ingestedAt) {

    static SourceVersion of(int version, SourceContent content, @Nullable Instant versionCreated, String submittedBy,
                            Instant ingestedAt) {
        return new SourceVersion(version, content.outlet(), content.canonicalUrl(), content.submittedUrl(),
                content.title(), content.body(), content.bodyFormat().label(), content.publishedAt(),
                content.language(), content.wordCount(), content.contentHash(), content.byline(), content.subjects(),
                versionCreated, submittedBy, ingestedAt);
    }
}
