package news.prism.story.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of the review steps. */
public final class ReviewRequests {

    /** The longest correction note, reject comment or retraction reason. */
    public static final int NOTE_MAX_LENGTH = 5_000;

    private ReviewRequests() {
    }

    /** {@code correctionNote} is required when a version is already published, and refused before. */
    @Serdeable
    @Introspected
    public record Approval(@Nullable @Size(max = NOTE_MAX_LENGTH) String correctionNote) {
    }

    /** What the reviewer wants changed; the author reads it in the review history. */
    @Serdeable
    @Introspected
    public record Rejection(@NotBlank @Size(max = NOTE_MAX_LENGTH) String comments) {
    }

    /** Why the story is taken down; it goes out with StoryRetracted. */
    @Serdeable
    @Introspected
    public record Retraction(@NotBlank @Size(max = NOTE_MAX_LENGTH) String reason) {
    }
}
