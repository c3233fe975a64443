package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.dedup.Fingerprint;

/**
 * What a version of a source says, checked and cleaned: the fields a clean submission, a stored source, each of its
 * versions, the API's views and the SourceIngested event share. {@code canonicalUrl} is the URL events carry,
 * {@code submittedUrl} the URL as it was sent; {@code body} is plain text whatever {@code bodyFormat} it was sent in.
 */
public record SourceContent(
        String outlet,
        String submittedUrl,
        String canonicalUrl,
        String title,
        String body,
        BodyFormat bodyFormat,
        @Nullable Instant publishedAt,
        @Nullable String language,
        int wordCount,
        String contentHash,
        @Nullable String byline,
        List<String> subjects) {

    public SourceContent {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** @param self the source this content is (or would become a new version of), which it may match; null for none */
    public Fingerprint fingerprint(@Nullable UUID self) {
        return new Fingerprint(canonicalUrl, contentHash, self);
    }

    /** Whether {@code other} says what this says: same address, title and text. */
    public boolean saysTheSameAs(SourceContent other) {
        return canonicalUrl.equals(other.canonicalUrl) && title.equals(other.title)
                && contentHash.equals(other.contentHash);
    }
}
