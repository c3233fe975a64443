package news.prism.story.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The bodies of the review steps. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** {@code correctionNote} is required when a version is already published, and refused before. */
    @Serdeable
    @Introspected
    public record Approval(@Nullable String correctionNote) {
    }

    /** What the reviewer wants changed; the author reads it in the review history. */
    @Serdeable
    @Introspected
    public record Rejection(@NotBlank String comments) {
    }

    /** Why the story is taken down; it goes out with StoryRetracted. */
    @Serdeable
    @Introspected
    public record Retraction(@NotBlank String reason) {
    }
}
