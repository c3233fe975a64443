package news.prism.story.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One step of a story's review history: who did what to which revision, the version an approval published (or
 * a retraction took down), and the reviewer's comments or the reason of a retraction.
 */
@Serdeable
public record ReviewEntry(
        ReviewAction action,
        String actor,
        @Nullable String comment,
        int revision,
        @Nullable Integer version,
        Instant actedAt) {
}
