package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.ingest.body.BodyFormat;

/**
 * A source the service took in, as stored in {@code sources}: its current version. {@code canonicalUrl} is the URL
 * events carry; {@code body} is plain text whatever {@code bodyFormat} it was sent in. {@code channel},
 * {@code submittedBy} and {@code ingestedAt} are those of the first version; {@code updatedAt} is when the current
 * version, if not the first, was taken in. {@code nearDuplicateOf} names the earlier source whose text this one's
 * nearly duplicates when it was first taken in, with their estimated Jaccard {@code nearDuplicateSimilarity}.
 */
public record Source(
        UUID id,
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
        Channel channel,
        String submittedBy,
        Instant ingestedAt,
        int version,
        @Nullable Instant versionCreated,
        @Nullable Instant updatedAt,
        @Nullable UUID nearDuplicateOf,
        @Nullable Double nearDuplicateSimilarity) {

    public static final int FIRST_VERSION = 1;

    public Source {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** When the current version was taken in. */
    public Instant versionIngestedAt() {
        return updatedAt == null ? ingestedAt : updatedAt;
    }

    /** Whether {@code edit} says what this version says: same address, title and text. */
    public boolean hasSameContentAs(NormalizedSource edit) {
        return canonicalUrl.equals(edit.canonicalUrl()) && title.equals(edit.title())
                && contentHash.equals(edit.contentHash());
    }

    /** The next version of this source: the edit's content, this source's identity and first intake. */
    public Source nextVersion(NormalizedSource edit, Instant takenInAt) {
        return new Source(id, edit.outlet(), edit.submittedUrl(), edit.canonicalUrl(), edit.title(), edit.body(),
                edit.bodyFormat(), edit.publishedAt(), edit.language(), edit.wordCount(), edit.contentHash(),
                edit.byline(), edit.subjects(), channel, submittedBy, ingestedAt, version + 1, edit.versionCreated(),
                takenInAt, nearDuplicateOf, nearDuplicateSimilarity);
    }
}
