package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import news.prism.ingest.dedup.Fingerprint;

/** A submission that passed every check, in its clean form. */
public record NormalizedSource(
        String outlet,
        String submittedUrl,
        String canonicalUrl,
        String title,
        String body,
        @Nullable Instant publishedAt,
        @Nullable String language,
        int wordCount,
        String contentHash) {

    public Fingerprint fingerprint() {
        return new Fingerprint(canonicalUrl, contentHash);
    }

    public Source toSource(UUID id, Origin origin, Instant ingestedAt) {
        return new Source(id, outlet, submittedUrl, canonicalUrl, title, body, publishedAt, language, wordCount,
                contentHash, origin.channel(), origin.submittedBy(), ingestedAt);
    }
}
