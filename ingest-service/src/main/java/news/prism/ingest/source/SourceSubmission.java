package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A source as offered by any input path (single or batched HTTP, ninjs, the inbound topic, feeds), before it is
 * checked: every field may be missing or malformed. {@code bodyFormat} is text (the default), markdown or html,
 * {@code publishedAt} ISO-8601 with an offset, {@code language} a BCP 47 tag. {@code byline}, {@code subjects} and
 * {@code guid} come only from paths that carry them (ninjs, feeds, the inbound topic).
 */
public record SourceSubmission(
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String title,
        @Nullable String body,
        @Nullable String bodyFormat,
        @Nullable String publishedAt,
        @Nullable String language,
        @Nullable String byline,
        List<String> subjects,
        @Nullable SourceGuid guid) {

    public SourceSubmission {
        subjects = subjects == null ? List.of() : subjects.stream().filter(subject -> subject != null).toList();
    }

    /** A submission from a path that knows no byline, subjects or guid. */
    public SourceSubmission(@Nullable String outlet, @Nullable String url, @Nullable String title,
                            @Nullable String body, @Nullable String bodyFormat, @Nullable String publishedAt,
                            @Nullable String language) {
        this(outlet, url, title, body, bodyFormat, publishedAt, language, null, List.of(), null);
    }
}
