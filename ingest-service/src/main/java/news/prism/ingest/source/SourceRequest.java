package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /api/sources}. Every field is checked by {@link SourceNormalizer}, the same rules for
 * every input path, so a request breaking several rules hears about all of them at once.
 */
@Serdeable
public record SourceRequest(
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String title,
        @Nullable String body,
        @Nullable String bodyFormat,
        @Nullable String publishedAt,
        @Nullable String language) {

    public SourceSubmission toSubmission() {
        return new SourceSubmission(outlet, url, title, body, bodyFormat, publishedAt, language);
    }
}
