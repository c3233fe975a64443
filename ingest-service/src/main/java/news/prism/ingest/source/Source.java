package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A source the service took in, as stored in {@code sources}: its current version's {@code content}.
 * {@code channel}, {@code submittedBy} and {@code ingestedAt} are those of the first version; {@code updatedAt} is
 * when the current version, if not the first, was taken in. {@code nearDuplicateOf} names the earlier source whose
 * text this one's nearly duplicates when it was first taken in, with their estimated Jaccard
 * {@code nearDuplicateSimilarity}.
 */
public record Source(
        UUID id,
        SourceContent content,
        Channel channel,
        String submittedBy,
        Instant ingestedAt,
        int version,
        @Nullable Instant versionCreated,
        @Nullable Instant updatedAt,
        @Nullable UUID nearDuplicateOf,
        @Nullable Double nearDuplicateSimilarity) {

    public static final int FIRST_VERSION = 1;

    /** When the current version was taken in. */
    public Instant versionIngestedAt() {
        return updatedAt == null ? ingestedAt : updatedAt;
    }

    /** Whether {@code edit} says what this version says: same address, title and text. */
    public boolean hasSameContentAs(NormalizedSource edit) {
        return content.saysTheSameAs(edit.content());
    }

    /** The next version of this source: the edit's content, this source's identity and first intake. */
    public Source nextVersion(NormalizedSource edit, Instant takenInAt) {
        return new Source(id, edit.content(), channel, submittedBy, ingestedAt, version + 1, edit.versionCreated(),
                takenInAt, nearDuplicateOf, nearDuplicateSimilarity);
    }
}
