package news.prism.story.publish;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One approved version in the list of a story's versions; the whole version is read by its number. */
@Serdeable
public record VersionSummary(
        int version,
        String headline,
        String approvedBy,
        Instant publishedAt,
        @Nullable String correctionNote) {

    static VersionSummary of(StoryVersion version) {
        return new VersionSummary(version.version(), version.content().headline(), version.approvedBy(),
                version.approvedAt(), version.correctionNote());
    }
}
