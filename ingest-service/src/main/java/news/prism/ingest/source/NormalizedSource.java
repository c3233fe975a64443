package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.dedup.Fingerprint;
import news.prism.ingest.dedup.NearDuplicates.NearDuplicateMatch;

/** A submission that passed every check, in its clean form. */
public record NormalizedSource(
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
        List<String> subjects,
        @Nullable SourceGuid guid) {

    /** @param self the source this would become a new version of, which it may match; null for a new source */
    public Fingerprint fingerprint(@Nullable UUID self) {
        return new Fingerprint(canonicalUrl, contentHash, self);
    }

    /** @param nearDuplicate the earlier source this one nearly duplicates, if any */
    public Source toSource(UUID id, Origin origin, Instant ingestedAt, @Nullable NearDuplicateMatch nearDuplicate) {
        return new Source(id, outlet, submittedUrl, canonicalUrl, title, body, bodyFormat, publishedAt, language,
                wordCount, contentHash, byline, subjects, origin.channel(), origin.submittedBy(), ingestedAt,
                Source.FIRST_VERSION, versionCreated(), null,
                nearDuplicate == null ? null : nearDuplicate.originalId(),
                nearDuplicate == null ? null : nearDuplicate.similarity());
    }

    @Nullable
    Instant versionCreated() {
        return guid == null ? null : guid.versionCreated();
    }
}
