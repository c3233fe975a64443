package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import news.prism.ingest.dedup.NearDuplicates.NearDuplicateMatch;

/** A submission that passed every check: its clean content, and the publisher's guid if it came with one. */
public record NormalizedSource(SourceContent content, @Nullable SourceGuid guid) {

    /** @param nearDuplicate the earlier source this one nearly duplicates, if any */
    public Source toSource(UUID id, Origin origin, Instant ingestedAt, @Nullable NearDuplicateMatch nearDuplicate) {
        return new Source(id, content, origin.channel(), origin.submittedBy(), ingestedAt, Source.FIRST_VERSION,
                versionCreated(), null,
                nearDuplicate == null ? null : nearDuplicate.originalId(),
                nearDuplicate == null ? null : nearDuplicate.similarity());
    }

    @Nullable
    Instant versionCreated() {
        return guid == null ? null : guid.versionCreated();
    }
}
