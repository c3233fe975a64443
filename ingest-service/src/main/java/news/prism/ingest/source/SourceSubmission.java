package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;

/**
 * A source as offered by any input path (HTTP, and later batches, the inbound topic and feeds), before it is
 * checked: every field may be missing or malformed. {@code publishedAt} is ISO-8601 with an offset,
 * {@code language} a BCP 47 tag.
 */
public record SourceSubmission(
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String title,
        @Nullable String body,
        @Nullable String publishedAt,
        @Nullable String language) {
}
